package io.aiplatform.security.core.io;

import io.aiplatform.security.bench.SyntheticPlatform;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.LayerObject;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.helm.HelmChartSettings;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Model objects with every field set, reflectively, to a value of its type: the inputs of the Jackson-oracle tests. */
public final class ModelSamples {

    /** The kinds the generators build and validation converts, roots of the model classes this package must know. */
    public static final List<Class<?>> KINDS = List.of(NetworkPolicy.class, Namespace.class, ServiceAccount.class,
            Role.class, RoleBinding.class, ClusterRole.class, ClusterRoleBinding.class, GenericKubernetesResource.class);

    public enum Filling { EVERY_FIELD, EMPTY_COLLECTIONS, NOTHING }

    private final Filling filling;
    private final boolean extras;
    private int counter;

    private ModelSamples(Filling filling, boolean extras) {
        this.filling = filling;
        this.extras = extras;
    }

    /** Every object of the layer generated for a 120-service synthetic platform, in every format. */
    public static List<LayerObject> generatedLayer(Path dir) throws IOException, InvalidInputException {
        var modules = SyntheticPlatform.write(dir, 120, 11L);
        ServiceGraph graph = new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).build(modules);
        PlatformSettings platform = new PlatformSettings("bench", "bench", true, true,
                Map.of("kubernetes.io/metadata.name", "ingress-nginx"), List.of("172.18.0.2/32"), List.of(443, 6443));
        EncryptionSettings encryption = new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null);
        return new SecurityLayerGenerator(platform, encryption,
                Set.of(OutputFormat.KUSTOMIZE, OutputFormat.HELM, OutputFormat.EXTERNAL_SECRETS),
                new HelmChartSettings("1.0.0", "1.0.0", "control-plane/encryption-config.yaml"))
                .objects(graph);
    }

    /** An object of {@code kind} filled as {@code filling} says, with an additional property in each object when {@code extras}. */
    public static Object of(Class<?> kind, Filling filling, boolean extras) {
        return new ModelSamples(filling, extras).sample(kind, 0);
    }

    private Object sample(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "v" + counter++;
        }
        if (raw == Integer.class || raw == int.class) {
            return 7 + counter++;
        }
        if (raw == Long.class || raw == long.class) {
            return 5_000_000_000L + counter++;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return counter++ % 2 == 0;
        }
        if (raw == IntOrString.class) {
            return counter++ % 2 == 0 ? new IntOrString(8080) : new IntOrString("http");
        }
        if (raw == Object.class) {
            return "any" + counter++;
        }
        if (List.class.isAssignableFrom(raw)) {
            List<Object> list = new ArrayList<>();
            if (filling == Filling.EVERY_FIELD && depth < 6) {
                list.add(sample(((ParameterizedType) type).getActualTypeArguments()[0], depth + 1));
            }
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> map = new TreeMap<>();
            if (filling == Filling.EVERY_FIELD && depth < 6) {
                map.put("k" + counter++, sample(((ParameterizedType) type).getActualTypeArguments()[1], depth + 1));
            }
            return map;
        }
        if (!raw.getName().startsWith("io.fabric8.")) {
            throw new AssertionError("no sample for " + type);
        }
        try {
            Object bean = raw.getDeclaredConstructor().newInstance();
            if (filling == Filling.NOTHING || depth >= 6) {
                return bean;
            }
            for (Class<?> c = raw; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("additionalProperties")) {
                        continue;
                    }
                    f.setAccessible(true);
                    f.set(bean, sample(f.getGenericType(), depth + 1));
                }
            }
            if (extras) {
                raw.getMethod("setAdditionalProperty", String.class, Object.class)
                        .invoke(bean, "extra" + counter++, filling == Filling.EVERY_FIELD ? "x" : null);
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot fill " + raw.getName(), e);
        }
    }
}
