// redisinsight connects to the database it is preconfigured with (sessions), not to redis-cache, which RI_APP_HOST and
// REDISINSIGHT_HOST name as the address RedisInsight itself binds. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'shop -> redis-cache:6379', 'redisinsight -> sessions:6379')
ItFiles.logContains(basedir, 'redisinsight -> sessions:6379 because k8s/redisinsight.yaml:19 RI_REDIS_HOST names sessions')
ItFiles.logLacks(basedir, 'redisinsight -> redis-cache', 'redisinsight-v1 -> redis-cache')
return true
