package io.aiplatform.security.core.helm;

/**
 * What the chart says about itself.
 *
 * @param version          SemVer chart version (see {@link ChartVersion})
 * @param appVersion       the platform's own version, as written in its POM
 * @param controlPlaneFile where generate-security wrote the EncryptionConfiguration, relative to the
 *                         repository root, for the install notes
 */
public record HelmChartSettings(String version, String appVersion, String controlPlaneFile) {
}
