type X[*Ts: (int, str)] = 1
