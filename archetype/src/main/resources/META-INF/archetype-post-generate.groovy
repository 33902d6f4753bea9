// Refuses a namespace that is not a DNS-1123 label, with a message that says what to change; keeps the files of the
// chosen variant (platform: the platform repository with its service modules; service: one service's repository).
def project = new File(request.outputDirectory, request.artifactId)
def refuse = { String message ->
    project.deleteDir()
    throw new IllegalArgumentException(message)
}
def dns1123 = /[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?/
def namespace = request.properties.get('namespace')
if (!(namespace ==~ dns1123)) {
    refuse("namespace '" + namespace + "' is not a DNS-1123 label: use at most 63 lower-case" +
        " letters, digits or '-', starting and ending with a letter or digit (for example -Dnamespace=ai-platform)")
}
def variant = request.properties.get('variant') ?: 'platform'
if (!(variant in ['platform', 'service'])) {
    refuse("variant '" + variant + "' is neither platform nor service: use -Dvariant=platform for the repository that" +
        " deploys the platform, or -Dvariant=service for a repository holding one service")
}
def workflows = new File(project, '.github/workflows')
if (variant == 'service') {
    if (!(request.artifactId ==~ dns1123)) {
        refuse("artifactId '" + request.artifactId + "' names the service, and it is not a DNS-1123 label: use at most" +
            " 63 lower-case letters, digits or '-' (for example -DartifactId=orders)")
    }
    ['gateway', 'orders', 'deploy'].each { new File(project, it).deleteDir() }
    new File(project, 'src/main/ai-security/platform.yaml').delete()
    new File(workflows, 'ci.yml').delete()
    new File(workflows, 'service-ci.yml').renameTo(new File(workflows, 'ci.yml'))
} else {
    ['src/main/java', 'src/main/resources'].each { new File(project, it).deleteDir() }
    new File(project, 'src/main/ai-security/service.yaml').delete()
    new File(workflows, 'service-ci.yml').delete()
}
