package io.aiplatform.security.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.aiplatform.security.core.connectivity.ConnectionSet;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.Peer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.graph.FrameworkVersions;
import io.aiplatform.security.core.graph.Location;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ModuleDependency;
import io.aiplatform.security.core.validate.Finding;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out keep a record's meaning: equal exactly when
 * every component is equal, and equal records hash alike. Each component is changed in turn, so an
 * override that forgets one fails here.
 */
class WrittenOutEqualityTest {

    private static final List<Class<? extends Record>> WRITTEN_OUT = List.of(Module.class, ModuleDependency.class,
            Workload.class, Finding.class, PortSpec.class, Location.class, IpRange.class, ConnectivityAnalyzer.Connection.class);

    @Test
    void equalExactlyWhenEveryComponentIsEqual() throws Exception {
        for (Class<? extends Record> type : WRITTEN_OUT) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] base = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                base[i] = value(components[i].getType(), 0);
            }
            Record a = create(type, base);
            Record b = create(type, base.clone());
            assertEquals(a, b, type.getSimpleName());
            assertEquals(a.hashCode(), b.hashCode(), type.getSimpleName());
            assertNotEquals(a, null);
            assertNotEquals(a, "text");
            for (int i = 0; i < components.length; i++) {
                Object[] changed = base.clone();
                changed[i] = value(components[i].getType(), 1);
                Record other = create(type, changed);
                assertNotEquals(a, other, type.getSimpleName() + "." + components[i].getName());
                assertEquals(componentsEqual(a, other), a.equals(other));
                if (!components[i].getType().isPrimitive()) {
                    changed[i] = null;
                    try {
                        Record withNull = create(type, changed);
                        String what = type.getSimpleName() + "." + components[i].getName() + " null";
                        assertEquals(componentsEqual(a, withNull), a.equals(withNull), what);
                        assertEquals(componentsEqual(withNull, a), withNull.equals(a), what);
                        assertEquals(withNull, create(type, changed.clone()), what);
                    } catch (InvocationTargetException refused) {
                        // the compact constructor does not take null for this component
                    }
                }
            }
        }
    }

    /** The record's meaning of equality: every component (as its accessor gives it) equal. */
    private static boolean componentsEqual(Record a, Record b) throws Exception {
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                return false;
            }
        }
        return true;
    }

    private static Record create(Class<? extends Record> type, Object[] values) throws Exception {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    /** Two different values (variant 0 and 1) of each component type the records use. */
    private static Object value(Class<?> type, int variant) {
        if (type == String.class) {
            return variant == 0 ? "a" : "b";
        }
        if (type == int.class) {
            return variant == 0 ? 1 : 2;
        }
        if (type == long.class) {
            return variant == 0 ? 1L : 2L;
        }
        if (type == BigInteger.class) {
            return BigInteger.valueOf(variant);
        }
        if (type == Peer.class) {
            return new IpRange(variant, 10);
        }
        if (type == ConnectionSet.class) {
            return variant == 0 ? ConnectionSet.none() : ConnectionSet.of("TCP", 80, 80);
        }
        if (type == boolean.class) {
            return variant == 0;
        }
        if (type == Path.class) {
            return Path.of(variant == 0 ? "a.yaml" : "b.yaml");
        }
        if (type == List.class) {
            return variant == 0 ? List.of() : List.of(new PortSpec("http", 80, "TCP"));
        }
        if (type == Set.class) {
            return variant == 0 ? Set.of() : Set.of("g:a");
        }
        if (type == Map.class) {
            return variant == 0 ? Map.of() : Map.of("app", "x");
        }
        if (type == Location.class) {
            return new Location(Path.of("pom.xml"), variant + 1);
        }
        if (type == FrameworkVersions.class) {
            return FrameworkVersions.springBoot(variant == 0 ? "2.7.18" : "3.3.2");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[variant];
        }
        throw new AssertionError("no values for " + type);
    }
}
