package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files that a Compose service's {@code entrypoint} or {@code command} script writes with a shell here-document before
 * the program starts ({@code cat <<EOF > /etc/nginx/nginx.conf … EOF}, as Grafana's Loki Compose example writes its
 * nginx gateway's configuration): the text between the opening line and the delimiter, as the container's file will
 * hold it — Compose's {@code $$} is a {@code $}, and in a here-document whose delimiter is not quoted the shell turns
 * {@code \$} into {@code $} (it would expand a bare {@code $VAR}: such values are left as written). Only documents
 * redirected ({@code >} or {@code >>}) to a path {@code target} accepts are kept; the line of each is the one before
 * its first line, so that a line counted from 1 in the text is the Compose file's line.
 */
public final class ComposeHeredocs {

    /** {@code <<EOF}, {@code <<-EOF}, {@code <<'EOF'}, {@code <<"EOF"}, followed on the line by {@code > path}. */
    private static final Pattern OPENING = Pattern.compile("<<-?\\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\1[^\\n]*?>>?\\s*(\\S+)");

    private ComposeHeredocs() {
    }

    /** The here-documents of Compose service {@code c}'s entrypoint and command redirected to a path {@code target} accepts. */
    public static List<ConfigValue> of(Container c, Predicate<String> target, Consumer<Problem> warnings) {
        List<ConfigValue> found = new ArrayList<>();
        if (!DeploymentContainers.composeFile(c.file())) {
            return found;
        }
        for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(c.file(), warnings)) {
            doc.forEach((key, v) -> {
                String prefix = "services." + c.name() + ".";
                if (key.regionMatches(true, 0, prefix, 0, prefix.length())
                        && key.substring(prefix.length()).matches("(entrypoint|command)(\\[\\d+])?")) {
                    found.addAll(documents(v, target));
                }
            });
        }
        return found;
    }

    /** The here-documents in script {@code v} redirected to an accepted path. */
    static List<ConfigValue> documents(ConfigValue v, Predicate<String> target) {
        List<ConfigValue> found = new ArrayList<>();
        String[] lines = v.value().split("\n", -1);
        // a block scalar's text starts on the line after its indicator ('- |'); a plain value on its own line
        int first = v.value().contains("\n") ? v.line() + 1 : v.line();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = OPENING.matcher(lines[i]);
            if (!m.find() || !target.test(m.group(3))) {
                continue;
            }
            boolean quoted = !m.group(1).isEmpty();
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length && !lines[j].strip().equals(m.group(2)); j++) {
                String line = lines[j].replace("$$", "$");
                body.append(quoted ? line : line.replace("\\$", "$")).append('\n');
            }
            String name = m.group(3).substring(m.group(3).lastIndexOf('/') + 1);
            found.add(new ConfigValue(name, body.toString(), v.file(), first + i));
            i = j;
        }
        return found;
    }
}
