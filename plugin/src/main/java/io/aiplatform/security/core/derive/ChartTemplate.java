package io.aiplatform.security.core.derive;

import java.nio.file.Path;

/**
 * What a Helm chart's template rendered to ({@link RenderedChart#parts}): the template's path in the chart's folder,
 * and the documents Helm printed under its {@code # Source:} comment, for readers that need the YAML nodes themselves
 * ({@link MonitorResources}: a selector {@code {}} differs from an absent one) rather than flattened properties.
 * Lines of {@code rendered} count from the first line after that comment.
 */
public record ChartTemplate(Path template, String rendered) {
}
