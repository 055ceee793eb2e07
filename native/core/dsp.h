// Small signal-processing kit shared by the VAD and the feature extractor: a radix-2 real FFT with
// precomputed twiddles, a power spectrum, and a mel filterbank + DCT for MFCCs. Everything works on
// float and allocates only at construction, so the per-frame path never touches the heap.
#pragma once
#include <cstdint>
#include <vector>

namespace callvault {

// Power spectrum of a real frame, zero-padded to a power of two, with a Hann window.
class PowerSpectrum {
 public:
  // frame_samples ≤ fft_size; fft_size must be a power of two.
  PowerSpectrum(int frame_samples, int fft_size);
  int bins() const { return fft_size_ / 2 + 1; }
  int fft_size() const { return fft_size_; }
  // Fills power[0..bins()) from frame_samples int16 samples (in 16-bit full-scale units squared).
  void Compute(const int16_t* pcm, float* power);

 private:
  void Fft(float* re, float* im) const;
  const int frame_samples_, fft_size_;
  std::vector<float> window_, cos_, sin_, re_, im_;
  std::vector<int> bitrev_;
};

// Mel filterbank energies → log → DCT-II: the classic MFCC pipeline on an existing power spectrum.
class MelCepstrum {
 public:
  MelCepstrum(int sample_rate, int fft_size, int filters, int coefficients);
  // out[0..coefficients) are c1..cN (c0, plain log energy, is left out: loudness covers it).
  void Compute(const float* power, double* out);
  int coefficients() const { return coefficients_; }
  // After Compute(): natural-log energy and centre frequency (kHz) of each filter.
  const std::vector<double>& log_energy() const { return log_energy_; }
  const std::vector<double>& centre_khz() const { return centre_khz_; }

 private:
  const int filters_, coefficients_;
  std::vector<std::vector<std::pair<int, float>>> weights_;  // per filter: (bin, weight)
  std::vector<double> log_energy_, centre_khz_, dct_;        // dct_: coefficients × filters
};

// 10·log10 of a power with a floor, so silence maps to a finite level.
double PowerDb(double power);

}  // namespace callvault
