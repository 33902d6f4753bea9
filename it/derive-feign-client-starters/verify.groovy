// A client starter library that enables its own @FeignClient interface through an auto-configuration it declares
// (AutoConfiguration.imports, which @Imports the class carrying @EnableFeignClients) gives that client to every
// service running with it: wallet calls user, with the URL from wallet's configuration. wallet-client carries the same
// kind of @EnableFeignClients but declares no auto-configuration, so auth, which runs with it, calls nobody. The exact
// graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'wallet -> user:8102')

ItFiles.logContains(basedir,
    'wallet -> user:8102 because user-client/src/main/java/pay/user/client/UserClient.java:6 @FeignClient(url)'
        + ' (@EnableFeignClients at user-client/src/main/java/pay/user/client/starter/UserClientFeignConfiguration.java:8,'
        + ' on pay.user.client.starter.UserClientFeignConfiguration, which is imported by auto-configuration'
        + ' pay.user.client.starter.UserClientAutoConfiguration that the library registers at user-client/src/main/'
        + 'resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports:1) names user;'
        + ' wallet/src/main/resources/application.yml:2 user.url names user',
    'ai-security: 3 services, 1 connection')
ItFiles.logLacks(basedir, 'auth -> ', ' -> wallet:')
return true
