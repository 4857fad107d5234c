#include "config/config.h"
namespace kanbao::config {
std::string Problem::str() const { return file + ":" + std::to_string(line) + ": " + message; }
}  // namespace kanbao::config
