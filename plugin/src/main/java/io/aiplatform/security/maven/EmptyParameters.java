package io.aiplatform.security.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Makes an empty parameter value mean "not set", for every parameter of every goal, in one place.
 * Maven hands a Mojo the empty text of {@code -Dai-security.checkDirectory=} (an unset
 * {@code $GITOPS_DIR} in CI) or {@code <checkDirectory>${gitops.dir}</checkDirectory>} with an empty
 * property as it is: an empty String, and for a File the project's folder (the empty path resolved
 * against it), so the goal would write into, or clean, the project root. Each parameter whose
 * configured value comes out empty (or blank) is set back to its default, or to null when it has none.
 */
final class EmptyParameters {

    private EmptyParameters() {
    }

    /** Resets each parameter of {@code mojo} whose value in this execution is empty; says which. */
    static void unset(Object mojo, MavenSession session, MojoExecution execution, File basedir, Log log) {
        if (execution == null || execution.getMojoDescriptor() == null || session == null) {
            return;
        }
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, execution);
        Xpp3Dom configuration = execution.getConfiguration();
        List<Parameter> parameters = execution.getMojoDescriptor().getParameters();
        for (Parameter parameter : parameters == null ? List.<Parameter>of() : parameters) {
            Xpp3Dom configured = configuration == null ? null : configuration.getChild(parameter.getName());
            String raw = configured != null ? configured.getValue() : parameter.getExpression();
            if (raw == null || !parameter.isEditable() || !isEmpty(evaluate(evaluator, raw))) {
                continue;
            }
            String fallback = configured != null && configured.getAttribute("default-value") != null
                    ? configured.getAttribute("default-value") : parameter.getDefaultValue();
            Object value = fallback == null || fallback.isEmpty() ? null : evaluate(evaluator, fallback);
            if (reset(mojo, parameter.getName(), value, basedir)) {
                log.info("ai-security: " + parameter.getName() + " is given empty, so it is not set"
                        + (value == null ? "" : " (its default applies)"));
            }
        }
    }

    private static boolean isEmpty(Object value) {
        return value instanceof String s && s.isBlank();
    }

    private static Object evaluate(PluginParameterExpressionEvaluator evaluator, String expression) {
        try {
            return evaluator.evaluate(expression);
        } catch (ExpressionEvaluationException e) {
            return null; // Maven reports an expression it cannot evaluate itself
        }
    }

    /** Sets the field behind the parameter to {@code value} (converted to its type); false when it cannot be. */
    private static boolean reset(Object mojo, String name, Object value, File basedir) {
        Field field = field(mojo.getClass(), name);
        if (field == null) {
            return false;
        }
        Class<?> type = field.getType();
        Object converted;
        if (value == null) {
            if (type.isPrimitive()) {
                return false;
            }
            converted = null;
        } else if (type == String.class) {
            converted = String.valueOf(value);
        } else if (type == File.class) {
            File file = value instanceof File f ? f : new File(String.valueOf(value));
            converted = file.isAbsolute() || basedir == null ? file : new File(basedir, file.getPath());
        } else if (type == List.class) {
            converted = new ArrayList<>(Arrays.stream(String.valueOf(value).split(",")).map(String::strip).toList());
        } else if (type == boolean.class || type == Boolean.class) {
            converted = Boolean.parseBoolean(String.valueOf(value).strip());
        } else if (type == int.class || type == Integer.class) {
            converted = Integer.valueOf(String.valueOf(value).strip());
        } else {
            return false;
        }
        try {
            field.setAccessible(true);
            field.set(mojo, converted);
            return true;
        } catch (IllegalAccessException | RuntimeException e) {
            return false;
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
