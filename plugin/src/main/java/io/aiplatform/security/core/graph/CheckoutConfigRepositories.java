package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Git-backed config servers whose repository is the one the project is checked out from: their
 * {@code spring.cloud.config.server.git.uri} names, in normal form, an address of {@link ThisRepository} (a remote of
 * the checkout, the root POM's {@code <scm>}). Such a server serves its clients the files of this very repository, so
 * they are read from the checkout — its top folder, then each of the server's {@code search-paths} within it, as
 * {@link ConfigSearchPaths} places them ({@code {application}}, {@code *}) — like a native server's search locations,
 * with evidence that names the URI and the folder. The checkout is read as it is: which branch the server serves
 * ({@code default-label}) is not checked against it.
 */
final class CheckoutConfigRepositories {

    static final String GIT_URI = "spring.cloud.config.server.git.uri";

    /** A config server whose Git repository is this checkout: its URI as evidence shows it, and how it names it. */
    record Served(Service server, ConfigValue uri, String shownUri, String how, ConfigSearchPaths searchPaths) {
    }

    private final Path top;
    private final List<Served> served;

    private CheckoutConfigRepositories(Path top, List<Served> served) {
        this.top = top;
        this.served = served;
    }

    /** The platform's config servers that serve from this checkout, in the services' order. */
    static CheckoutConfigRepositories of(ResolvedServices platform, DerivationProject project) {
        List<Served> served = new ArrayList<>();
        ThisRepository here = platform.thisRepository(project.root());
        if (here.addressed()) {
            for (Service s : platform.services.values()) {
                ModuleConfiguration config = platform.localConfiguration(s);
                served(config, here).ifPresent(how -> served.add(new Served(s, config.source(GIT_URI).orElseThrow(),
                        shown(config), how, ConfigSearchPaths.of(config))));
            }
        }
        return new CheckoutConfigRepositories(here.top(), List.copyOf(served));
    }

    /** How {@code server}'s Git URI names this repository ({@code the checkout's remote origin}), if it does. */
    static Optional<String> served(ModuleConfiguration server, ThisRepository here) {
        return server.value(GIT_URI).flatMap(here::names);
    }

    boolean isEmpty() {
        return served.isEmpty();
    }

    /**
     * The files these servers serve {@code application} for {@code profiles} from the checkout, each folder's over
     * the one before, their properties' evidence noting the server, its URI and the folder.
     */
    List<ModuleConfiguration> repositories(String application, List<String> profiles, Consumer<Problem> unread) {
        List<ModuleConfiguration> read = new ArrayList<>();
        for (Served s : served) {
            for (Path folder : s.searchPaths().within(top, application)) {
                read.add(ModuleConfiguration.repository(folder, application, profiles, unread)
                        .noting(ModuleConfiguration.empty(), "served by " + s.server().name() + " from " + s.shownUri()
                                + ", read from this checkout's " + folderShown(folder)));
            }
        }
        return read;
    }

    /** One notice per server: its Git repository is this checkout, and which folders of it are read. */
    void notices(DerivationProject project, Consumer<Problem> notices) {
        for (Served s : served) {
            List<String> paths = s.searchPaths().paths();
            notices.accept(new Problem(project.rel(s.uri().file()), s.uri().line(), s.server().name(),
                    "its Git repository (" + s.uri().key() + " " + s.shownUri() + ") is the one this project is"
                    + " checked out from (" + s.how() + "): its clients' files are read from the checkout's top folder"
                    + (paths.isEmpty() ? "" : " and search-paths " + String.join(", ", paths))
                    + ", for every config client").withRule(DerivationRule.CONFIG_CHECKOUT));
        }
    }

    /** The folder as evidence shows it: relative to the checkout's top, with '/'. */
    private String folderShown(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return f.equals(top) ? "top folder" : "folder " + top.relativize(f).toString().replace('\\', '/');
    }

    /** The URI as evidence shows it: without user info; one from a Secret by its place only. */
    private static String shown(ModuleConfiguration config) {
        ConfigValue v = config.source(GIT_URI).orElseThrow();
        return v.secret() ? "(a Secret's value, not shown)" : GitRemoteUrl.withoutUserInfo(config.value(GIT_URI).orElse(""));
    }
}
