// Refuses a namespace that is not a DNS-1123 label, with a message that says what to change.
def namespace = request.properties.get('namespace')
if (!(namespace ==~ /[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?/)) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException("namespace '" + namespace + "' is not a DNS-1123 label: use at most 63 lower-case" +
        " letters, digits or '-', starting and ending with a letter or digit (for example -Dnamespace=ai-platform)")
}
