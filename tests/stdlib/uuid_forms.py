# uuid: every constructor form, field views, variants/versions, ordering, errors, name-based ids
import uuid
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
forms = [uuid.UUID(hex="urn:uuid:12345678-1234-5678-1234-567812345678"), uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int), uuid.UUID("12345678123456781234567812345678")]
print(all(f == u for f in forms), u, repr(u), u.hex, u.urn, u.int, int(u), u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.variant, u.version)
for v in range(1, 6):
    w = uuid.UUID(int=u.int, version=v)
    print(v, w, w.version, w.variant)
for value in [0, 1 << 127, 0xC000 << 48, 0xE000 << 48, (1 << 128) - 1]:
    w = uuid.UUID(int=value)
    print(w.variant, w.version)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]), {a: 1}[uuid.UUID(int=1)], a.__lt__(1), hash(a) == hash(uuid.UUID(int=1)))
print(a.is_safe, uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe, uuid.SafeUUID.unsafe, uuid.SafeUUID.unknown.value)
for kwargs in [{}, {"hex": "x", "int": 1}, {"hex": "1234"}, {"hex": "zz" * 16}, {"bytes": b"short"}, {"bytes_le": b"x" * 15}, {"fields": (1, 2, 3)},
               {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 0, 256, 0)}, {"fields": (0, 0, 0, 0, 0, 1 << 48)}, {"int": -1}, {"int": 1 << 128},
               {"int": 1, "version": 6}, {"int": 1, "version": 0}]:
    try:
        print(uuid.UUID(**kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.new_attr = 5
except TypeError as e:
    print(type(e).__name__, e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, b"http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2"), uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t.version, t.node == 0x123456789abc, t.clock_seq, t.variant, uuid.uuid1().time > t.time - 1, uuid.uuid1(node=1).node)
print(0 < uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode(), u.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
