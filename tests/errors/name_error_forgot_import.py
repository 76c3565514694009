# NameError for a standard-library module name that was never imported
print(len(sys.argv))
