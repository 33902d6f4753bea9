package io.aiplatform.security.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
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

    /** Git-tracked folder that holds the published manifests (GitOps); updated on each build unless check is set. */
    @Parameter(property = "ai-security.checkDirectory")
    protected File checkDirectory;

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
     * The goal works on the whole platform, so it runs in one project per build: the first project
     * of the reactor that configures this plugin (normally the root POM that also parents the
     * services), or the top-level project when the goal is called from the command line on a
     * reactor that does not configure the plugin. Other projects log that they skip.
     */
    protected boolean isLeader() {
        List<MavenProject> projects = session.getProjects();
        String key = mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId();
        for (MavenProject candidate : projects) {
            for (Plugin plugin : candidate.getBuildPlugins()) {
                if (key.equals(plugin.getKey())) {
                    return candidate == project || sameProject(candidate, project);
                }
            }
        }
        MavenProject top = session.getTopLevelProject();
        return top == null || sameProject(top, project);
    }

    private static boolean sameProject(MavenProject a, MavenProject b) {
        return a.getBasedir() != null && a.getBasedir().equals(b.getBasedir())
                && a.getArtifactId().equals(b.getArtifactId());
    }

    /**
     * False, after saying why, when the goal is skipped ({@code ai-security.skip}) or when this
     * project is not the one the platform-wide goal runs in.
     */
    protected boolean shouldRun() {
        if (skip) {
            getLog().info("ai-security: skipped (ai-security.skip)");
            return false;
        }
        if (!standalone() && !isLeader()) {
            getLog().debug("ai-security: runs once for the platform, not in " + project.getArtifactId());
            return false;
        }
        return true;
    }

    /** The reactor's modules as plain data for the core. */
    protected List<io.aiplatform.security.core.graph.Module> modules() {
        return new MavenModuleReader(descriptorPath).read(reactorProjects());
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

    /** Logs a line at a level (INFO, WARN, ERROR) and keeps it in {@code kept}, so that an up-to-date run can replay it. */
    protected void say(List<String> kept, String level, String text) {
        kept.add(level + " " + text);
        replay(List.of(level + " " + text));
    }

    /** Logs lines kept by {@link #say}. */
    protected void replay(List<String> lines) {
        for (String line : lines) {
            int space = line.indexOf(' ');
            String level = space < 0 ? "INFO" : line.substring(0, space);
            String text = space < 0 ? line : line.substring(space + 1);
            switch (level) {
                case "ERROR" -> getLog().error(text);
                case "WARN" -> getLog().warn(text);
                default -> getLog().info(text);
            }
        }
    }

    /** A goal's stamp and the digest of this run's inputs. */
    protected record Stamped(io.aiplatform.security.core.io.RunStamp stamp, String inputs) {
    }

    /**
     * The stamp to check and record, or null when the full work must be done: {@code incremental}
     * is off, or an input could not be read for the digest (the work itself will say what is wrong).
     */
    protected Stamped stamp(java.nio.file.Path file, List<java.nio.file.Path> outputs,
                            java.util.function.Supplier<String> inputs) {
        if (!incremental) {
            return null;
        }
        try {
            return new Stamped(new io.aiplatform.security.core.io.RunStamp(file, outputs), inputs.get());
        } catch (java.io.UncheckedIOException e) {
            getLog().debug("ai-security: inputs not readable for the up-to-date check, doing the full work: " + e);
            return null;
        }
    }

    /** True, after replaying the last run's log and saying {@code upToDate}, when that run still holds; else forgets it. */
    protected boolean replayed(Stamped stamped, String upToDate) throws java.io.IOException {
        if (stamped == null) {
            return false;
        }
        java.util.Optional<List<String>> lines = stamped.stamp().upToDate(stamped.inputs());
        if (lines.isPresent()) {
            replay(lines.get());
            getLog().info(upToDate);
            return true;
        }
        stamped.stamp().clear(); // a run that fails from here on leaves no stamp
        return false;
    }

    /** Records a successful run; failing to record only costs the next build the full work. */
    protected void record(Stamped stamped, List<String> said) {
        if (stamped == null) {
            return;
        }
        try {
            stamped.stamp().record(stamped.inputs(), said);
        } catch (java.io.IOException e) {
            getLog().debug("ai-security: could not record the run: " + e.getMessage());
        }
    }
}
