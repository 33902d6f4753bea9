// copy the reference platform (from the source tree: it is not rebuilt here), then break it one way
io.aiplatform.security.it.ItFiles.copyPlatform(new File(itSource, "ai-platform"), basedir)
return true
