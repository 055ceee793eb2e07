#include "dsp.h"

#include <cmath>

namespace callvault {
namespace {
constexpr double kPi = 3.14159265358979323846;

double HzToMel(double hz) { return 2595.0 * std::log10(1.0 + hz / 700.0); }
double MelToHz(double mel) { return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0); }
}  // namespace

double PowerDb(double power) { return 10.0 * std::log10(power + 1.0); }

PowerSpectrum::PowerSpectrum(int frame_samples, int fft_size)
    : frame_samples_(frame_samples),
      fft_size_(fft_size),
      window_(frame_samples),
      cos_(fft_size / 2),
      sin_(fft_size / 2),
      re_(fft_size),
      im_(fft_size),
      bitrev_(fft_size) {
  // Hann window normalised to unit mean power, so a frame's spectrum sums to its mean square
  // (Parseval) and levels read the same in the time and frequency domains.
  double sum_sq = 0;
  for (int i = 0; i < frame_samples; ++i) {
    window_[i] = static_cast<float>(0.5 - 0.5 * std::cos(2 * kPi * (i + 0.5) / frame_samples));
    sum_sq += static_cast<double>(window_[i]) * window_[i];
  }
  const double norm = std::sqrt(frame_samples / sum_sq);
  for (float& w : window_) w = static_cast<float>(w * norm);
  for (int k = 0; k < fft_size / 2; ++k) {
    cos_[k] = static_cast<float>(std::cos(2 * kPi * k / fft_size));
    sin_[k] = static_cast<float>(-std::sin(2 * kPi * k / fft_size));
  }
  int bits = 0;
  while ((1 << bits) < fft_size) ++bits;
  for (int i = 0; i < fft_size; ++i) {
    int r = 0;
    for (int b = 0; b < bits; ++b) r |= ((i >> b) & 1) << (bits - 1 - b);
    bitrev_[i] = r;
  }
}

void PowerSpectrum::Fft(float* re, float* im) const {
  for (int i = 0; i < fft_size_; ++i) {
    const int j = bitrev_[i];
    if (j > i) {
      std::swap(re[i], re[j]);
      std::swap(im[i], im[j]);
    }
  }
  for (int len = 2; len <= fft_size_; len <<= 1) {
    const int half = len / 2, step = fft_size_ / len;
    for (int start = 0; start < fft_size_; start += len) {
      for (int k = 0; k < half; ++k) {
        const float wr = cos_[k * step], wi = sin_[k * step];
        const int a = start + k, b = a + half;
        const float tr = re[b] * wr - im[b] * wi, ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}

void PowerSpectrum::Compute(const int16_t* pcm, float* power) {
  for (int i = 0; i < frame_samples_; ++i) re_[i] = pcm[i] * window_[i];
  for (int i = frame_samples_; i < fft_size_; ++i) re_[i] = 0;
  for (int i = 0; i < fft_size_; ++i) im_[i] = 0;
  Fft(re_.data(), im_.data());
  // One-sided power, scaled so that sum(power) = mean square of the windowed frame.
  const float scale = 1.0f / (static_cast<float>(frame_samples_) * frame_samples_);
  for (int k = 0; k < bins(); ++k) {
    const float p = (re_[k] * re_[k] + im_[k] * im_[k]) * scale;
    power[k] = (k == 0 || k == fft_size_ / 2) ? p : 2 * p;
  }
}

MelCepstrum::MelCepstrum(int sample_rate, int fft_size, int filters, int coefficients)
    : filters_(filters), coefficients_(coefficients), weights_(filters), log_energy_(filters), centre_khz_(filters), dct_(coefficients * filters) {
  // Telephone band only: below 100 Hz and above 3.8 kHz there is nothing but hum and filter skirts.
  const double lo = HzToMel(100), hi = HzToMel(std::min(3800.0, sample_rate / 2.0 - 100));
  const double bin_hz = static_cast<double>(sample_rate) / fft_size;
  for (int f = 0; f < filters; ++f) {
    const double left = MelToHz(lo + (hi - lo) * f / (filters + 1));
    const double centre = MelToHz(lo + (hi - lo) * (f + 1) / (filters + 1));
    const double right = MelToHz(lo + (hi - lo) * (f + 2) / (filters + 1));
    centre_khz_[f] = centre / 1000;
    for (int k = static_cast<int>(left / bin_hz); k <= static_cast<int>(right / bin_hz) + 1; ++k) {
      const double hz = k * bin_hz;
      double w = hz < centre ? (hz - left) / (centre - left) : (right - hz) / (right - centre);
      if (w > 0 && k <= fft_size / 2) weights_[f].emplace_back(k, static_cast<float>(w));
    }
  }
  for (int c = 1; c <= coefficients; ++c) {
    for (int f = 0; f < filters; ++f) dct_[(c - 1) * filters + f] = std::cos(kPi * c * (f + 0.5) / filters) * std::sqrt(2.0 / filters);
  }
}

void MelCepstrum::Compute(const float* power, double* out) {
  for (int f = 0; f < filters_; ++f) {
    double e = 0;
    for (const auto& [bin, w] : weights_[f]) e += w * power[bin];
    log_energy_[f] = std::log(e + 1.0);
  }
  for (int c = 1; c <= coefficients_; ++c) {
    double sum = 0;
    for (int f = 0; f < filters_; ++f) sum += log_energy_[f] * dct_[(c - 1) * filters_ + f];
    out[c - 1] = sum;
  }
}

}  // namespace callvault
