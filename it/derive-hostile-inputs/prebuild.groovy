// The hostile files, written here rather than committed: a 48-alias YAML bomb (16 levels of 3) and
// Java nested beyond the parser's bounds (the pre-check's) and beyond its stack (the overflow caught).
def bomb = new StringBuilder('l0: &l0 [x, x, x]\n')
(1..16).each { k -> bomb << "l${k}: &l${k} [*l${k - 1}, *l${k - 1}, *l${k - 1}]\n" }
assert bomb.length() < 800
new File(basedir, 'orders/src/main/resources').mkdirs()
new File(basedir, 'orders/src/main/resources/application.yml').text = bomb.toString()
new File(basedir, 'docker-compose.yml').text = bomb.toString()
def java = new File(basedir, 'shop/src/main/java/a')
new File(java, 'Parentheses.java').text = 'package a;\nclass Parentheses { int x = ' + '(' * 30000 + '1' + ')' * 30000 +
        '; String u = "http://orders:8081"; }\n'
new File(java, 'Casts.java').text = 'package a;\nclass Casts { Object x = ' + '(Object) ' * 1500 + '"http://orders:8081"; }\n'
new File(java, 'Negations.java').text = 'package a;\nclass Negations { boolean x = ' + '!' * 400000 +
        'true; String u = "http://orders:8081"; }\n'
return true
