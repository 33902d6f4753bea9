// grpc-java channel builders are calls: forAddress(host, port) with @Value arguments resolved from the configuration
// and the Compose environment, forTarget("dns:///host:port"); a @Value *.host key that the builder takes with its
// port counts on that port only; a channel to localhost is no finding. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'customers -> accounts:9091', 'payments -> customers:9090', 'payments -> accounts:9091')

ItFiles.logContains(basedir,
    'customers -> accounts:9091 because customers/src/main/java/bank/customers/AccountsClient.java:13 ManagedChannelBuilder.forAddress(serverAddress = accounts, serverPort = 9091) names accounts',
    'payments -> customers:9090 because payments/src/main/java/bank/payments/Channels.java:15 NettyChannelBuilder.forAddress(customersHost = customers, 9090) names customers',
    'payments -> accounts:9091 because payments/src/main/java/bank/payments/Channels.java:19 ManagedChannelBuilder.forTarget(ACCOUNTS = accounts:9091) names accounts',
    'ai-security: 3 services, 3 connections')
ItFiles.logLacks(basedir, 'accounts -> ', "names host 'localhost'", 'DERIVE-')
return true
