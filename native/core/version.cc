// Format versions written into every recording header; bump on any incompatible change.
#include "version.h"
