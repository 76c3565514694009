# statistics: averages and spread keep the data's type; medians, quantiles, correlation, NormalDist, errors
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([1.5, 2.5]), st.mean([F(1, 3), F(2, 3)]), st.mean([D("0.1"), D("0.2")]), st.mean(range(1, 101)), st.mean([True, False]))
print(st.fmean([1, 2, 3, 4]), st.fmean([1, 2], weights=[3, 1]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2], weights=[1, 3]))
print(st.median([5, 1, 3]), st.median([4, 1, 3, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.mode([1, 2, 2, 3]), st.mode(["a", "b", "b"]), st.multimode([1, 1, 2, 2, 3]), st.multimode([]), st.quantiles(range(1, 11)), st.quantiles([1, 2, 3, 4, 5, 6], n=3, method="inclusive"), st.quantiles([7, 8], n=4))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]), st.stdev([D("1.5"), D("2.5"), D("3.5")]))
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, [5, 4, 3, 2, 1]), st.correlation(x, y, method="ranked"), st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.pdf(100), 6), round(nd.inv_cdf(0.975), 4), [round(q, 3) for q in nd.quantiles()], round(nd.zscore(130), 2))
print(round(st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)), 6), nd + 5, nd * 2, nd - st.NormalDist(10, 20), st.NormalDist.from_samples([1, 2, 3, 4, 5]), nd == st.NormalDist(100, 15))
print(len(nd.samples(5, seed=1)), [round(v, 3) for v in st.NormalDist().samples(3, seed=42)])
for fn in [lambda: st.mean([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.quantiles([1, 2], n=0), lambda: st.mean(["a"]), lambda: st.NormalDist(0, -1), lambda: st.fmean([])]:
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)
