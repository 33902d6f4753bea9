package io.aiplatform.security.core.io;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Jackson sees one Kubernetes model class (fabric8), read from the annotations the model
 * carries: its properties in serialization order, the field behind each, which values each leaves
 * out, its any-getter, and whether it can be built from a plain map as Jackson would build it. The
 * model uses a small set of annotations ({@code @JsonProperty} fields and accessors,
 * {@code @JsonPropertyOrder}, {@code @JsonInclude}, {@code @JsonIgnore}, an any-getter and
 * any-setter); a class with any other Jackson annotation that changes its JSON form is
 * {@link Unsupported}, and is left to Jackson itself.
 */
final class ModelClass {

    /** A value or class whose Jackson form this package does not know; the caller uses Jackson instead. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** One property: its JSON name, the field that holds it, whether empty values are left out, whether null is kept. */
    record Property(String name, Field field, boolean omitEmpty, boolean keepNull) {

        Object read(Object bean) {
            try {
                return field.get(bean);
            } catch (IllegalAccessException e) {
                throw new Unsupported(field.toString());
            }
        }

        void write(Object bean, Object value) {
            try {
                field.set(bean, value);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                throw new Unsupported(field.toString());
            }
        }

        /** Whether {@code value} is left out of the JSON form. */
        boolean omits(Object value) {
            if (value == null) {
                return !keepNull;
            }
            if (!omitEmpty) {
                return false;
            }
            return value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()
                    || value instanceof String s && s.isEmpty();
        }

        /** Whether {@code inclusion} means what this property does. */
        boolean includes(JsonInclude.Include inclusion) {
            JsonInclude.Include own = omitEmpty ? JsonInclude.Include.NON_EMPTY
                    : keepNull ? JsonInclude.Include.ALWAYS : JsonInclude.Include.NON_NULL;
            return inclusion == own || inclusion == JsonInclude.Include.USE_DEFAULTS && own == JsonInclude.Include.NON_NULL;
        }
    }

    /** Jackson annotations on a class that do not change its JSON form. */
    private static final Set<Class<? extends Annotation>> NEUTRAL_ON_CLASS = Set.of(JsonInclude.class,
            JsonPropertyOrder.class, JsonDeserialize.class, JsonIgnoreProperties.class);

    /** On a method: those that only building an object from JSON reads (which then is Jackson's, see {@link #unreadable}). */
    private static final Set<Class<? extends Annotation>> READ_ONLY_ON_METHOD = Set.of(JsonAnySetter.class,
            JsonCreator.class, JsonSetter.class);

    private static final ClassValue<ModelClass> CLASSES = new ClassValue<>() {
        @Override
        protected ModelClass computeValue(Class<?> type) {
            return new ModelClass(type);
        }
    };

    private final Class<?> type;
    private final List<Property> properties;
    private final Map<String, Property> byName;
    private final Method anyGetter;
    private final Constructor<?> constructor;
    /** Why this class is not built from maps here (null: it is). */
    private final String unreadable;

    /** The description of {@code type}, built once per class. */
    static ModelClass of(Class<?> type) {
        return CLASSES.get(type);
    }

    /** Whether values of {@code type} are model objects this class describes (fabric8's own classes). */
    static boolean isModel(Class<?> type) {
        return type.getName().startsWith("io.fabric8.") && !type.isEnum() && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers());
    }

    /** Its properties in serialization order: those {@code @JsonPropertyOrder} names, then the rest as declared. */
    List<Property> properties() {
        return properties;
    }

    /** The property of that JSON name, or null. */
    Property property(String name) {
        return byName.get(name);
    }

    /** The method whose map's entries follow the properties (additionalProperties), or null. */
    Method anyGetter() {
        return anyGetter;
    }

    /** A new, empty object, as Jackson starts one (its public no-argument constructor). */
    Object newInstance() {
        if (unreadable != null) {
            throw new Unsupported(type.getName() + ": " + unreadable);
        }
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new Unsupported(type.getName());
        }
    }

    private ModelClass(Class<?> type) {
        if (!isModel(type)) {
            throw new Unsupported(type.getName());
        }
        this.type = type;
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        String notReadable = null;
        JsonInclude.Include classInclusion = JsonInclude.Include.NON_NULL;
        Map<String, Property> declared = new LinkedHashMap<>();
        List<Map.Entry<String, Optional<JsonInclude.Include>>> accessors = new ArrayList<>();
        List<String> ignoredAccessors = new ArrayList<>();
        Method any = null;
        for (Class<?> c : chain) {
            for (Annotation a : c.getDeclaredAnnotations()) {
                if (jackson(a) && !NEUTRAL_ON_CLASS.contains(a.annotationType())) {
                    throw new Unsupported(c.getName() + " @" + a.annotationType().getSimpleName());
                }
                if (a instanceof JsonIgnoreProperties ignored && ignored.value().length > 0) {
                    throw new Unsupported(c.getName() + " @JsonIgnoreProperties");
                }
                if (a instanceof JsonDeserialize d && (d.using() != JsonDeserializer.None.class || d.builder() != Void.class)) {
                    notReadable = "its own deserializer";
                }
                if (a instanceof JsonInclude include) {
                    classInclusion = include.value();
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                if (f.isAnnotationPresent(JsonDeserialize.class)) {
                    notReadable = "a field with its own deserializer";
                }
                Property p = property(f, classInclusion);
                if (p != null && declared.put(p.name(), p) != null) {
                    throw new Unsupported(c.getName() + " property " + p.name() + " twice");
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                String named = null;
                JsonInclude.Include inclusion = null;
                for (Annotation a : m.getDeclaredAnnotations()) {
                    if (a instanceof JsonAnyGetter getter && getter.enabled()) {
                        if (any != null || m.getParameterCount() != 0 || !Modifier.isPublic(m.getModifiers())) {
                            throw new Unsupported(m.toString());
                        }
                        any = m;
                    } else if (a instanceof JsonIgnore) {
                        if (!m.isAnnotationPresent(JsonAnyGetter.class)) {
                            ignoredAccessors.add(accessorOf(m)); // hidden; must not be a field's accessor
                        }
                    } else if (a instanceof JsonProperty p) {
                        named = p.value().isEmpty() ? accessorOf(m) : p.value();
                    } else if (a instanceof JsonInclude i) {
                        inclusion = i.value();
                    } else if (READ_ONLY_ON_METHOD.contains(a.annotationType())) {
                        if (!(a instanceof JsonAnySetter)) {
                            notReadable = "@" + a.annotationType().getSimpleName() + " on " + m.getName();
                        }
                    } else if (jackson(a)) {
                        throw new Unsupported(m + " @" + a.annotationType().getSimpleName());
                    }
                }
                if ((named != null || inclusion != null) && !m.isSynthetic()) { // the accessor of a field's property
                    accessors.add(Map.entry(named != null ? named : accessorOf(m), Optional.ofNullable(inclusion)));
                }
            }
        }
        for (Map.Entry<String, Optional<JsonInclude.Include>> accessor : accessors) {
            Property field = declared.get(accessor.getKey());
            if (field == null) {
                throw new Unsupported(type.getName() + " accessor of " + accessor.getKey() + " without its field");
            }
            if (accessor.getValue().isPresent() && !field.includes(accessor.getValue().get())) {
                throw new Unsupported(type.getName() + " accessor of " + accessor.getKey() + " includes otherwise");
            }
        }
        for (String name : ignoredAccessors) {
            if (declared.containsKey(name)) {
                throw new Unsupported(type.getName() + " ignores the accessor of " + name);
            }
        }
        this.byName = Map.copyOf(declared);
        List<Property> ordered = new ArrayList<>();
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            if (order.alphabetic()) {
                throw new Unsupported(type.getName() + " alphabetic order");
            }
            for (String name : order.value()) {
                Property p = declared.remove(name);
                if (p != null) {
                    ordered.add(p);
                }
            }
        }
        ordered.addAll(declared.values());
        this.properties = List.copyOf(ordered);
        if (any != null) {
            any.setAccessible(true);
        }
        this.anyGetter = any;
        Constructor<?> noArguments = null;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(JsonCreator.class)) {
                notReadable = "a @JsonCreator constructor";
            }
            if (c.getParameterCount() == 0 && Modifier.isPublic(c.getModifiers())) {
                noArguments = c;
            }
        }
        if (noArguments == null && notReadable == null) {
            notReadable = "no public constructor without arguments";
        }
        this.constructor = noArguments;
        this.unreadable = notReadable;
    }

    private static Property property(Field f, JsonInclude.Include classInclusion) {
        JsonProperty named = null;
        JsonInclude.Include inclusion = classInclusion;
        boolean ignored = false;
        for (Annotation a : f.getDeclaredAnnotations()) {
            if (a instanceof JsonProperty p) {
                named = p;
            } else if (a instanceof JsonInclude i) {
                inclusion = i.value();
            } else if (a instanceof JsonIgnore i) {
                ignored = i.value();
            } else if (jackson(a) && !(a instanceof JsonDeserialize)) {
                throw new Unsupported(f + " @" + a.annotationType().getSimpleName());
            }
        }
        if (ignored) {
            return null;
        }
        if (named == null || named.access() != JsonProperty.Access.AUTO) {
            throw new Unsupported(f.toString()); // visible only through a getter, or one way only: Jackson's call
        }
        if (inclusion == JsonInclude.Include.USE_DEFAULTS) {
            inclusion = JsonInclude.Include.NON_NULL;
        }
        if (inclusion != JsonInclude.Include.NON_NULL && inclusion != JsonInclude.Include.NON_EMPTY
                && inclusion != JsonInclude.Include.ALWAYS) {
            throw new Unsupported(f + " @JsonInclude(" + inclusion + ")");
        }
        f.setAccessible(true);
        String name = named.value().isEmpty() ? f.getName() : named.value();
        return new Property(name, f, inclusion == JsonInclude.Include.NON_EMPTY, inclusion == JsonInclude.Include.ALWAYS);
    }

    /** The property a getter or setter stands for by its name ({@code getFoo}: foo), or the method's name. */
    private static String accessorOf(Method m) {
        String name = m.getName();
        for (String prefix : new String[] {"get", "set", "is"}) {
            if (name.length() > prefix.length() && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                return Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
            }
        }
        return name;
    }

    private static boolean jackson(Annotation a) {
        return a.annotationType().getName().startsWith("com.fasterxml.jackson.");
    }
}
