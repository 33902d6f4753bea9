package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.StampedRun;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every goal shares: skipping, the output folder, and running once per build. */
abstract class AbstractSecurityMojo extends AbstractMojo {

    /** Skip every goal of the ai-security plugin. */
    @Parameter(property = "ai-security.skip", defaultValue = "false")
    protected boolean skip;

    /** Folder the security layer is written to (manifests/, control-plane/, reports/). */
    @Parameter(property = "ai-security.outputDirectory", defaultValue = "${project.build.directory}/ai-security")
    protected File outputDirectory;

    /** Namespace the services run in; every namespaced object is generated into it. */
    @Parameter(property = "ai-security.namespace", defaultValue = "ai-platform")
    protected String namespace;

    /** Path of the service descriptor inside a module; a module that has one is a service. */
    @Parameter(property = "ai-security.descriptorPath", defaultValue = "src/main/ai-security/service.yaml")
    protected String descriptorPath;

    /** Spring, Quarkus or Micronaut profiles whose configuration files the derivation reads, comma-separated; empty reads, per service, the profiles its deployment activates, else the default profile only. */
    @Parameter(property = "ai-security.profiles")
    protected List<String> profiles;

    /** The profiles as the core takes them. */
    protected List<String> profileList() {
        return profiles == null ? List.of() : profiles.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Folders of a configuration repository kept outside the code repository (a config server backed by Git,
     * Consul or Vault, checked out), comma-separated, relative to the reactor root: read like a native config
     * server's search locations for every config client. Empty: none.
     */
    @Parameter(property = "ai-security.configDirectories")
    protected List<String> configDirectories;

    /** The configuration repository's folders as the core takes them (relative ones are resolved by the core). */
    protected List<Path> configDirectoryList() {
        return configDirectories == null ? List.of() : configDirectories.stream().map(String::strip)
                .filter(p -> !p.isEmpty()).map(Path::of).toList();
    }

    /**
     * Values files the repository's Helm charts are rendered with after their own values.yaml, comma-separated,
     * relative to the reactor root (later files win, as {@code helm template -f}); empty: default values only.
     */
    @Parameter(property = "ai-security.helmValues")
    protected List<String> helmValues;

    /** The helmValues files, resolved against the reactor root {@code root}. */
    protected List<Path> helmValueFiles(Path root) {
        return helmValues == null ? List.of() : helmValues.stream().map(String::strip).filter(v -> !v.isEmpty())
                .map(root::resolve).toList();
    }

    /** Skip a goal's work when its inputs and the files it wrote are unchanged since its last successful run; false always redoes it. */
    @Parameter(property = "ai-security.incremental", defaultValue = "true")
    protected boolean incremental;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected org.apache.maven.plugin.descriptor.PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /**
     * The project the platform-wide goal belongs to, decided from the whole reactor whatever
     * {@code -pl} selects: of the projects that configure this plugin, the one highest in the folder
     * tree (normally the root POM that also parents the services), or the top-level project when the goal is called from the command line on a reactor
     * that does not configure it.
     */
    private MavenProject platformRoot() {
        MavenProject root = null;
        int rootDepth = Integer.MAX_VALUE;
        for (MavenProject candidate : reactorProjects()) {
            int depth = candidate.getBasedir() == null ? Integer.MAX_VALUE
                    : candidate.getBasedir().toPath().toAbsolutePath().normalize().getNameCount();
            if (configuresPlugin(candidate) && (root == null || depth < rootDepth)) {
                root = candidate;
                rootDepth = depth;
            }
        }
        if (root != null) {
            return root;
        }
        MavenProject top = session.getTopLevelProject();
        return top == null ? project : top;
    }

    private boolean configuresPlugin(MavenProject candidate) {
        String key = mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId();
        return candidate.getBuildPlugins().stream().anyMatch(p -> key.equals(p.getKey()));
    }

    /**
     * The folder of a parent POM on disk above {@code root} that configures this plugin and lists
     * modules: then this build runs inside one module of a larger platform (Maven started in a
     * module's folder), or null.
     */
    private File outerPlatform(MavenProject root) {
        MavenProject parent = root.getParent();
        if (root.getParentFile() == null || parent == null || parent.getBasedir() == null
                || parent.getModules().isEmpty() || !configuresPlugin(parent)) {
            return null;
        }
        java.nio.file.Path above = parent.getBasedir().toPath().toAbsolutePath().normalize();
        java.nio.file.Path here = root.getBasedir().toPath().toAbsolutePath().normalize();
        return here.startsWith(above) && !here.equals(above) ? parent.getBasedir() : null;
    }

    private static boolean sameProject(MavenProject a, MavenProject b) {
        return a == b || a.getBasedir() != null && a.getBasedir().equals(b.getBasedir())
                && a.getArtifactId().equals(b.getArtifactId());
    }

    /**
     * False, after saying why, when the goal is skipped ({@code ai-security.skip}) or when this
     * project is not the one the platform-wide goal runs in. A build that leaves out the platform's
     * root ({@code -pl module}, or Maven started in a module's folder) never writes the platform's
     * layer into a module: bound to the lifecycle it says so once and skips; called from the
     * command line it fails with what to run instead. When the goal runs, parameters given empty are
     * made "not set" first ({@link EmptyParameters}).
     */
    protected boolean shouldRun() throws MojoFailureException {
        if (!runsHere()) {
            return false;
        }
        EmptyParameters.unset(this, session, mojoExecution, project == null ? null : project.getBasedir(), getLog());
        return true;
    }

    private boolean runsHere() throws MojoFailureException {
        if (skip) {
            getLog().info("ai-security: skipped (ai-security.skip)");
            return false;
        }
        if (standalone()) {
            return true;
        }
        MavenProject root = platformRoot();
        File outer = outerPlatform(root);
        boolean rootSelected = outer == null && session.getProjects().stream().anyMatch(p -> sameProject(p, root));
        if (rootSelected) {
            if (!sameProject(root, project)) {
                getLog().debug("ai-security: runs once for the platform in " + root.getArtifactId()
                        + ", not in " + project.getArtifactId());
                return false;
            }
            return true;
        }
        MavenProject reporter = session.getProjects().stream().filter(this::configuresPlugin).findFirst()
                .orElse(project);
        if (!sameProject(reporter, project)) {
            return false;
        }
        String goal = mojoExecution.getGoal();
        String why = outer != null
                ? String.format("%s works on the whole platform, whose root POM is %s; this build started in its"
                        + " module %s. Run it from the platform's root: mvn -f %s ...", goal,
                        new File(outer, "pom.xml"), root.getArtifactId(), new File(outer, "pom.xml"))
                : String.format("%s works on the whole platform, whose root is %s (%s), and this build leaves it out"
                        + " (-pl). Add it: -pl :%s -am, or -pl :%s,:%s", goal, root.getArtifactId(), root.getBasedir(),
                        project.getArtifactId(), root.getArtifactId(), project.getArtifactId());
        if (mojoExecution.getSource() == MojoExecution.Source.CLI) {
            throw new MojoFailureException("ai-security: " + why);
        }
        getLog().info("ai-security: skipped: " + why);
        return false;
    }

    /** Addresses (CIDRs, comma-separated) of the Kubernetes API server, which services with API permissions and a mounted token may reach: kubectl get endpoints kubernetes -n default. */
    @Parameter(property = "ai-security.apiServerEndpoints")
    protected List<String> apiServerEndpoints;

    /** Ports the API server is reached on: 443 (the kubernetes Service) and 6443 (the API server's own port), as CNIs apply policies before or after the Service address translation. */
    @Parameter(property = "ai-security.apiServerPorts", defaultValue = "443,6443")
    protected String apiServerPorts;

    /** The API server's endpoints as the core takes them. */
    protected List<String> apiServerEndpointList() {
        return apiServerEndpoints == null ? List.of()
                : apiServerEndpoints.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    /** The API server's ports as the core takes them; refuses what is not a port. */
    protected List<Integer> apiServerPortList() throws org.apache.maven.plugin.MojoFailureException {
        List<Integer> ports = new java.util.ArrayList<>();
        for (String p : (apiServerPorts == null ? "" : apiServerPorts).split(",")) {
            String t = p.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.matches("[1-9][0-9]{0,4}") || Integer.parseInt(t) > 65535) {
                throw new org.apache.maven.plugin.MojoFailureException("ai-security: apiServerPorts entry '" + t
                        + "' is not a port (1-65535); e.g. -Dai-security.apiServerPorts=443,6443");
            }
            ports.add(Integer.parseInt(t));
        }
        return ports;
    }

    /** Read the POMs of external dependencies to see the client libraries that starters bring; false reads only the reactor's POMs. */
    @Parameter(property = "ai-security.resolveTransitive", defaultValue = "true")
    protected boolean resolveTransitive;

    @org.apache.maven.plugins.annotations.Component
    protected org.eclipse.aether.RepositorySystem repositorySystem;

    /** The reactor's modules as plain data for the core. */
    protected List<io.aiplatform.security.core.graph.Module> modules() {
        TransitiveDependencies transitive = resolveTransitive && repositorySystem != null
                ? new TransitiveDependencies(repositorySystem, session.getRepositorySession(),
                        project.getRemoteProjectRepositories(), getLog()) : null;
        List<io.aiplatform.security.core.graph.Module> modules = new MavenModuleReader(descriptorPath, transitive)
                .read(reactorProjects());
        if (transitive != null && !transitive.unreadable().isEmpty()) {
            getLog().info("ai-security: the POMs of " + transitive.unreadable().size() + " dependencies could not be read"
                    + " (offline, or a repository this build cannot reach), so the client libraries they bring are not"
                    + " seen: " + String.join(", ", transitive.unreadable().stream().limit(5).toList())
                    + (transitive.unreadable().size() > 5 ? ", …" : "") + " (-X shows why)");
        }
        return modules;
    }

    /**
     * The intents files of the service repositories the platform deploys (its POMs' dependencies of classifier
     * ai-security-intents and its platform file's {@code intents} entries), resolved; none for a standalone run.
     */
    protected List<io.aiplatform.security.core.support.ArtifactFile> intents()
            throws org.apache.maven.plugin.MojoFailureException {
        if (standalone()) {
            return List.of();
        }
        return new IntentsArtifacts(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories(), getLog()).resolve(reactorProjects(), project.getBasedir().toPath());
    }

    /** The project the plugin never writes into as output: {@code root} and the reactor's module folders. */
    protected io.aiplatform.security.core.io.OwnedFolder.Project ownedProject(java.nio.file.Path root) {
        List<java.nio.file.Path> modules = standalone() ? List.of() : reactorProjects().stream()
                .map(MavenProject::getBasedir).filter(java.util.Objects::nonNull).map(File::toPath).toList();
        return new io.aiplatform.security.core.io.OwnedFolder.Project(root, modules);
    }

    /** True when the goal runs without a project (Maven's stand-alone stub). */
    protected boolean standalone() {
        return project.getFile() == null || "standalone-pom".equals(project.getArtifactId());
    }

    /** All projects of the reactor, even those left out by {@code -pl}. */
    protected List<MavenProject> reactorProjects() {
        List<MavenProject> all = session.getAllProjects();
        return all != null && !all.isEmpty() ? all : session.getProjects();
    }

    /** The plugin's own build (its code and catalog): id, and its jar's size and time (a rebuilt SNAPSHOT differs). */
    protected String pluginBuild() {
        File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        return plugin.getId() + (jar == null ? "" : " " + jar.length() + " " + jar.lastModified());
    }

    /**
     * A run of the goal with its up-to-date stamp in {@code file} (none when {@code incremental} is off),
     * logging to Maven's log; see {@link StampedRun}.
     */
    protected StampedRun stampedRun(java.nio.file.Path file, List<java.nio.file.Path> outputs,
                                    java.util.function.Supplier<String> inputs) {
        return incremental ? StampedRun.stamped(file, outputs, inputs, mavenLog()) : StampedRun.always(mavenLog());
    }

    /** Maven's log, as the lines of a {@link StampedRun}. */
    protected StampedRun.Log mavenLog() {
        return new StampedRun.Log() {
            @Override
            public void line(String level, String text) {
                switch (level) {
                    case "ERROR" -> getLog().error(text);
                    case "WARN" -> getLog().warn(text);
                    default -> getLog().info(text);
                }
            }

            @Override
            public void debug(String text) {
                getLog().debug(text);
            }
        };
    }
}
