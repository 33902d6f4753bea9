// The build finished (the invoker checks its success); each hostile file is a warning naming it, with
// the line and the bound, and the call in the ordinary file is still derived.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    'orders/src/main/resources/application.yml:11: the YAML aliases up to *l9 stand for more than 200000 values once expanded',
    'docker-compose.yml:11: the YAML aliases up to *l9 stand for more than 200000 values once expanded',
    'shop/src/main/java/a/Parentheses.java:2: the file has parentheses, brackets or braces nested more than 500 deep',
    'shop/src/main/java/a/Casts.java:2: the file has more than 100 parenthesised groups in a row (casts)',
    'shop/src/main/java/a/Negations.java: the file nests too deep for the Java parser',
    'shop -> billing:8080 because shop/src/main/java/a/Billing.java:5',
    '3 services, 1 connection;')
ItFiles.logLacks(basedir, 'StackOverflowError', 'shop -> orders')
return true
