// A stand-in WebJar file for the static-asset tests.
window.kgTestWebJar = "served from the classpath";
