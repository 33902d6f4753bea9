// The platform's build publishes its layer as com.example:platform:1.7.0, classifier ai-security-layer, type zip:
// put that archive (platform-layer/ zipped as manifests/) into the local repository this build resolves from.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def repo = new File(localRepositoryPath, 'com/example/platform/1.7.0')
repo.mkdirs()
def layer = new File(basedir, 'platform-layer')
new ZipOutputStream(new FileOutputStream(new File(repo, 'platform-1.7.0-ai-security-layer.zip'))).withCloseable { zip ->
    layer.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        zip.putNextEntry(new ZipEntry('manifests/' + layer.toPath().relativize(f.toPath()).toString().replace('\\', '/')))
        zip.write(f.bytes)
        zip.closeEntry()
    }
}
new File(repo, 'platform-1.7.0.pom').text = '<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>' +
        '<artifactId>platform</artifactId><version>1.7.0</version><packaging>pom</packaging></project>'
return true
