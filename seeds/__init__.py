"""The sample library: real statements, installed so `briefpack samples` finds them."""
