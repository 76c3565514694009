# urllib.parse: which [bracketed] hosts urlsplit accepts (IPv6 grammar, zones, IPv4 tails, IPvFuture)
from urllib.parse import urlsplit
hosts = ["::1", "::", "1::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
         "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "::01.2.3.4", "fe80::1%eth0", "fe80::1%", "fe80::1%a%b", "12345::",
         "g::", "1.2.3.4", "01.2.3.4", "256.1.1.1", "", "v1.x", "v1x", "vz.1", ":::", "1:::2", "::1:2:3:4:5:6:7:8", "a:b:c:d:e:f:a:b%z", "::ffff:1.2.3", "1:2:3:4:5::6:7:8",
         "0:0:0:0:0:0:0:0", "1::2:3:4:5:6:7", "::%1", "1:2:3:4::5:6:7:8"]
for h in hosts:
    try:
        print(repr(h), urlsplit("http://[%s]:80/p" % h).hostname)
    except ValueError as e:
        print(repr(h), type(e).__name__, e)
