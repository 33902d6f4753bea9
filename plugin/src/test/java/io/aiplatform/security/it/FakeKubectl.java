package io.aiplatform.security.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for kubectl when no cluster is reachable: it answers the commands of the verification
 * kit from a facts file that a test computed from a generated layer with the project's connectivity
 * engine (which probe reaches which pod) and the layer's Roles and bindings (which ServiceAccount
 * may do what). Every call is appended to a log. Only the JDK is used, so it starts fast.
 *
 * <p>Facts, tab-separated: {@code pod ns selector ip}; {@code conn ns labels ip port allow|deny};
 * {@code dns labels allow|deny}; {@code grant account namespace|* verbs groups resources names}.
 *
 * <p>A probe ({@code run}) behaves as {@code kubectl run --rm -i} does: the pod's output on stdout
 * (the kit's command prints {@code ai-security-probe-exit=<status>}), kubectl's status 0. With
 * {@code FAKE_KUBECTL_NEVER_RUNS_IN=<namespace>} the probe pods of that namespace never start (an image
 * that cannot be pulled, a quota, an admission refusal): kubectl gives up as it does after
 * {@code --pod-running-timeout}, on stderr with status 1, and nothing runs. With
 * {@code FAKE_KUBECTL_PROBE_EXIT=<status>} every probe command exits with that status (127: not in the image).
 */
public final class FakeKubectl {

    private FakeKubectl() {
    }

    public static void main(String[] args) throws IOException {
        String log = System.getenv("FAKE_KUBECTL_LOG");
        if (log != null) {
            Files.writeString(Path.of(log), String.join(" ", args) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        List<String[]> facts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getenv("FAKE_KUBECTL_FACTS")))) {
            facts.add(line.split("\t", -1));
        }
        List<String> a = Arrays.asList(args);
        switch (a.get(0)) {
            case "get" -> {
                String ns = value(a, "-n");
                String selector = value(a, "-l");
                for (String[] f : facts) {
                    if (f[0].equals("pod") && f[1].equals(ns) && f[2].equals(selector)) {
                        System.out.print(f[3]);
                    }
                }
                System.exit(0);
            }
            case "delete" -> System.exit(0);
            case "auth" -> {
                boolean yes = canI(facts, a);
                System.out.println(yes ? "yes" : "no");
                System.exit(yes ? 0 : 1);
            }
            case "run" -> {
                if (System.getenv("FAKE_KUBECTL_SLOW_RUN") != null) {
                    try {
                        Thread.sleep(60_000); // a probe that hangs, to be interrupted
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (value(a, "-n").equals(System.getenv("FAKE_KUBECTL_NEVER_RUNS_IN"))) {
                    System.err.println("error: timed out waiting for the condition");
                    System.exit(1);
                }
                String forced = System.getenv("FAKE_KUBECTL_PROBE_EXIT");
                System.out.println("ai-security-probe-exit=" + (forced != null ? forced : run(facts, a) ? "0" : "1"));
                System.exit(0);
            }
            default -> {
                System.err.println("fake kubectl: unexpected command " + a);
                System.exit(3);
            }
        }
    }

    private static String value(List<String> args, String flag) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(flag) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(flag + "=")) {
                return args.get(i).substring(flag.length() + 1);
            }
        }
        return null;
    }

    /** A probe: allowed when the engine said its labels in its namespace reach the address on the port. */
    private static boolean run(List<String[]> facts, List<String> a) {
        String ns = value(a, "-n");
        String labels = value(a, "--labels").replaceAll(",?ai-security\\.io/probe-run=[^,]*", "");
        Matcher command = Pattern.compile("\"command\":\\[([^]]*)]").matcher(value(a, "--overrides"));
        if (!command.find()) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String w : command.group(1).split(",")) {
            words.add(w.replace("\"", ""));
        }
        words = words.subList(words.indexOf("probe") + 1, words.size()); // sh -c '"$@"; echo ...' probe COMMAND...
        if (words.get(0).equals("nslookup")) {
            return facts.stream().anyMatch(f -> f[0].equals("dns") && f[1].equals(labels) && f[2].equals("allow"));
        }
        String ip = words.get(words.size() - 2);
        String port = words.get(words.size() - 1);
        return facts.stream().anyMatch(f -> f[0].equals("conn") && f[1].equals(ns) && f[2].equals(labels)
                && f[3].equals(ip) && f[4].equals(port) && f[5].equals("allow"));
    }

    /** {@code auth can-i VERB RESOURCE[/NAME] --as=system:serviceaccount:NS:SA [-n NS]} against the grants. */
    private static boolean canI(List<String[]> facts, List<String> a) {
        String verb = a.get(2);
        String target = a.get(3);
        String as = value(a, "--as");
        String account = as.substring(as.lastIndexOf(':') + 1);
        String ns = value(a, "-n");
        String resource = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
        String name = target.contains("/") ? target.substring(target.indexOf('/') + 1) : null;
        String group = resource.contains(".") ? resource.substring(resource.indexOf('.') + 1) : "";
        String plain = resource.contains(".") ? resource.substring(0, resource.indexOf('.')) : resource;
        for (String[] f : facts) {
            if (!f[0].equals("grant") || !f[1].equals(account)) {
                continue;
            }
            boolean scope = f[2].equals("*") || f[2].equals(ns);
            List<String> verbs = List.of(f[3].split(","));
            List<String> groups = List.of(f[4].split(",", -1));
            List<String> resources = List.of(f[5].split(","));
            List<String> names = f[6].isEmpty() ? List.of() : List.of(f[6].split(","));
            boolean verbOk = verbs.contains("*") || verbs.contains(verb) && !verb.equals("*");
            boolean resourceOk = resources.contains("*") || resources.contains(plain) && !plain.equals("*");
            boolean groupOk = groups.contains("*") || groups.contains(group) || plain.equals("*") && resources.contains("*");
            boolean nameOk = names.isEmpty() || name != null && names.contains(name);
            if (scope && verbOk && resourceOk && groupOk && nameOk) {
                return true;
            }
        }
        return false;
    }
}
