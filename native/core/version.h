#pragma once
namespace callvault {
constexpr int kCoreVersionMajor = 0;
constexpr int kCoreVersionMinor = 1;
}  // namespace callvault
