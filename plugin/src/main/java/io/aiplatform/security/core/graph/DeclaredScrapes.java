package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.descriptor.PortRef;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ScrapeSpec;
import java.util.List;

/** A descriptor's {@code scrapes}: an edge to the metrics port of a named service, or of every service of a role. */
final class DeclaredScrapes extends NamedSource {

    DeclaredScrapes() {
        super("scrapes", DeclaredCalls::descriptorInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        for (ScrapeSpec scrape : a.descriptor().scrapes()) {
            List<Service> targets;
            if (scrape.service() != null) {
                Service t = d.named(scrape.service(), a, scrape.line(), "scrapes");
                targets = t == null ? List.of() : List.of(t);
            } else {
                targets = d.services().values().stream().filter(t -> t.role().id().equals(scrape.role())).toList();
            }
            for (Service t : targets) {
                if (t != a) {
                    scrape(a, scrape, t, d);
                }
            }
        }
    }

    private static void scrape(Service a, ScrapeSpec scrape, Service t, Derivation d) {
        PortRef ref = scrape.port() != null ? scrape.port() : new PortRef("metrics", null);
        List<PortSpec> ports = Ports.of(t, ref);
        if (ports.isEmpty()) {
            String msg = "scrapes " + t.name() + " on port " + ref + ", but " + t.name() + " declares only "
                    + Ports.describe(t.ports());
            if (scrape.service() != null) {
                d.error(a, scrape.line(), msg);
            } else {
                d.warning(DerivationRule.PORT_UNKNOWN, a, scrape.line(), msg + "; it is not scraped");
            }
            return;
        }
        d.edge(a, t, ports, d.rel(a.descriptor().file()) + ":" + scrape.line() + " scrapes "
                + (scrape.service() != null ? t.name() : "role " + scrape.role() + " (" + t.name() + ")"));
    }
}
