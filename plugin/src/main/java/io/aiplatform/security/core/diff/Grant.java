package io.aiplatform.security.core.diff;

import java.util.Comparator;

/**
 * One thing a ServiceAccount may do: a verb on a resource of an API group (or a non-resource URL), on one
 * object by name or on all ({@code resourceName} empty), in one namespace or the whole cluster.
 *
 * @param account      {@code namespace/name} of the ServiceAccount
 * @param scope        {@code namespace <ns>} or {@code cluster}
 */
public record Grant(String account, String verb, String apiGroup, String resource, String resourceName, String scope)
        implements Comparable<Grant> {

    /** The scope of a grant that holds in every namespace. */
    public static final String CLUSTER = "cluster";
    private static final String ANY = "*";
    private static final Comparator<Grant> ORDER = Comparator.comparing(Grant::account).thenComparing(Grant::resourceText)
            .thenComparing(Grant::resourceName).thenComparing(Grant::verb).thenComparing(Grant::scope);

    /** True when everything this grant allows is allowed by {@code this}: wildcards, every name, the cluster. */
    public boolean covers(Grant other) {
        return account.equals(other.account) && matches(verb, other.verb) && matches(apiGroup, other.apiGroup)
                && matches(resource, other.resource) && (resourceName.isEmpty() || resourceName.equals(other.resourceName))
                && (scope.equals(CLUSTER) || scope.equals(other.scope));
    }

    private static boolean matches(String mine, String theirs) {
        return mine.equals(ANY) || mine.equals(theirs);
    }

    /** {@code secrets}, {@code deployments.apps} or a non-resource URL, as rbac.md writes resources. */
    public String resourceText() {
        return apiGroup.isEmpty() ? resource : resource + "." + apiGroup;
    }

    /** {@code get secrets orders-db (namespace shop)}: the verb, the resource, the name when one, the scope. */
    public String describe() {
        return verb + " " + resourceText() + (resourceName.isEmpty() ? "" : " " + resourceName) + " (" + scope + ")";
    }

    @Override
    public int compareTo(Grant o) {
        return ORDER.compare(this, o);
    }
}
