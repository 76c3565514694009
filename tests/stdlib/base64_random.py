# base64: seeded random data through every codec, some encodings damaged before decoding, compared with CPython
import base64, binascii, random
rng = random.Random(4)
codecs = [("b64", base64.b64encode, base64.b64decode), ("b32", base64.b32encode, base64.b32decode), ("b32hex", base64.b32hexencode, base64.b32hexdecode),
          ("b16", base64.b16encode, base64.b16decode), ("b85", base64.b85encode, base64.b85decode), ("a85", base64.a85encode, base64.a85decode),
          ("url", base64.urlsafe_b64encode, base64.urlsafe_b64decode)]
for i in range(200):
    data = bytes(rng.choice([0, 32, 65, 255, rng.randrange(256)]) for _ in range(rng.randint(0, 11)))
    name, enc, dec = rng.choice(codecs)
    text = enc(data)
    if rng.random() < 0.4 and text:  # damage it
        k = rng.randrange(len(text))
        text = text[:k] + bytes([rng.choice(b"=!~z y0Aa-_\n")]) + text[k + 1:]
    try:
        print(name, data, text, dec(text))
    except (ValueError, binascii.Error) as e:
        print(name, data, text, type(e).__name__, e)
