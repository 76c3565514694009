# SystemExit with a message: message on stderr, status 1
raise SystemExit("goodbye from SystemExit")
