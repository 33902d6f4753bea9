// A debug build (-X) with the key in the environment says that the log may hold it; from a file it does not.
def log = new File(basedir, 'build.log').text
def warning = 'the encryption key comes from the environment variable AI_SECURITY_ENCRYPTION_KEY, and this is a debug build (-X)'
assert log.count(warning) == 1 : 'warned once, for the build that reads the environment'
assert log.contains('Keep the key in a file instead (-Dai-security.encryptionKeyFile=<file>, chmod 600)')
assert new File(basedir, 'target/from-file/control-plane/encryption-config.yaml').text.contains('secret: c2VjcmV0Ym94')
return true
