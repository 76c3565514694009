match x: pass
