// The shift-left check passes for the calls the deployed layer allows, and fails, naming the call, its evidence,
// the version and what the platform must deploy, for the call to audit that orders 2.4.0-SNAPSHOT adds.
import io.aiplatform.security.it.ItFiles

def layer = new File(basedir, 'platform-layer').path
ItFiles.logContains(basedir,
        "ai-security: the platform's layer ${layer} allows every connection of the current intents (3): orders ->"
                + " payments:8080, orders -> postgres:5432, orders -> postgresql:5432 (product)",
        "ai-security: the platform's layer com.example:platform:1.7.0 allows every connection of the current intents (3)",
        "ai-security: orders 2.4.0-SNAPSHOT calls audit:9000 (src/main/resources/application-audit.yml:1 audit.url names"
                + " audit); the platform's layer ${layer} does not allow it (the egress of orders does not allow audit on"
                + " 9000, and the ingress of audit does not admit orders on 9000): the platform must deploy the intents of"
                + " orders ≥ 2.4.0",
        "ai-security: the platform's layer ${layer} does not allow 1 connection(s) of the current intents:",
        "ai-security: platformLayerDirectory ${new File(basedir, 'no-such-folder').path} does not exist; give the"
                + " manifests/ folder of the platform's layer",
        "ai-security: the platform's layer com.example:platform:9.9.9 (classifier ai-security-layer, type zip) cannot be"
                + " resolved", "the platform's build attaches it (mvn deploy); or give its manifests/ folder:"
                + " -Dai-security.platformLayerDirectory=<folder>")
return true
