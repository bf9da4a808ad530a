from fractions import Fraction

xs = [Fraction(1), Fraction(2), Fraction(3), Fraction(4)]
ys = [2 * x for x in xs]
N = len(xs)
learning_rate = Fraction(1, 100)

w1 = Fraction(3, 10)
dw1 = sum(2 * x * (w1 * x - y) for x, y in zip(xs, ys)) / N
w2 = w1 - learning_rate * dw1
print(f"dJ/dw at w1 = {dw1} = {float(dw1)}")
print(f"w2 = {w2} = {float(w2)}")
