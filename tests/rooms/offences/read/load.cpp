#include "load.hpp"
#include <yaml-cpp/parser.h>
  #  include "reports/growth.hpp"
