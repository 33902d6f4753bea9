// users calls billing (a RestClient's base URL) but not the gateway: user.service.base-url goes only into the text of
// the e-mail it sends, a link its recipient's browser follows; explain says why. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'users -> billing:8081')
ItFiles.logContains(basedir,
    'users -/-> gateway (user.service.base-url): not a connection: users\'s sources read user.service.base-url only into the text of an e-mail (users/src/main/java/org/example/users/Mailer.java:23), a link its recipient\'s browser follows; users opens no connection to it [users/src/main/resources/application.properties:1]')
ItFiles.logLacks(basedir, 'users -> gateway')
return true
