# colorsys: every conversion both ways over a grid of colours, edge values and out-of-range inputs
import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.2, 0.4, 0.4),
           (0.9, 0.1, 0.5), (0.25, 0.5, 0.75), (0.6, 0.6, 0.2), (1.0, 0.5, 0.0), (0.3, 0.3, 0.3), (0.999, 0.001, 0.5)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq), hls, colorsys.hls_to_rgb(*hls), hsv, colorsys.hsv_to_rgb(*hsv))
for h in [i / 12 for i in range(13)] + [-0.25, 1.5]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.6), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.5), colorsys.hsv_to_rgb(0.5, 0.0, 0.3), colorsys.hls_to_rgb(0.5, 0.3, 0.0))
print(colorsys.rgb_to_hls(1.0, 0.5, 2.0), colorsys.rgb_to_hsv(-1.0, 0.5, 0.25), colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
