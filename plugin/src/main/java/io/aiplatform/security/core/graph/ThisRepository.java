package io.aiplatform.security.core.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository the project is checked out from, known by its addresses: the remotes of the Git checkout the
 * reactor root lies in ({@link GitCheckout}) and the root POM's own {@code <scm>} ({@link PomScm}), each compared
 * in {@linkplain GitRemoteUrl#normalised normal form}. Its top folder is the checkout's; without a checkout (an
 * exported copy) the reactor root's, whose POM's {@code <scm>} is then the only address.
 *
 * @param top       the repository's top folder
 * @param addresses each address in normal form, with where it comes from ({@code the checkout's remote origin})
 * @param read      the files read, for the up-to-date digest ({@code .git} absent is a value too)
 */
record ThisRepository(Path top, Map<String, String> addresses, List<Path> read) {

    /** The repository the project at {@code root} is checked out from. */
    static ThisRepository of(Path root) {
        Path r = root.toAbsolutePath().normalize();
        Optional<GitCheckout> checkout = GitCheckout.of(r);
        Map<String, String> addresses = new LinkedHashMap<>();
        List<Path> read = new ArrayList<>();
        checkout.ifPresentOrElse(c -> {
            c.remotes().forEach(remote -> GitRemoteUrl.normalised(remote.url())
                    .ifPresent(n -> addresses.putIfAbsent(n, "the checkout's remote " + remote.name())));
            read.addAll(c.read());
        }, () -> read.add(r.resolve(".git")));
        Path pom = r.resolve("pom.xml");
        PomScm.of(pom).forEach(a -> GitRemoteUrl.normalised(a.value())
                .ifPresent(n -> addresses.putIfAbsent(n, "the root POM's <scm> " + a.element())));
        read.add(pom);
        return new ThisRepository(checkout.map(GitCheckout::top).orElse(r), Map.copyOf(addresses), List.copyOf(read));
    }

    /** Where an address of this repository that {@code uri} names comes from, if {@code uri} names this repository. */
    Optional<String> names(String uri) {
        return GitRemoteUrl.normalised(uri).map(addresses::get);
    }

    /** Whether anything names this repository's address (a remote, an {@code <scm>}). */
    boolean addressed() {
        return !addresses.isEmpty();
    }
}
