// Great-circle distance on a spherical Earth (haversine), for choosing among places and for
// scoring where vigie puts them.
#ifndef VIGIE_GEO_DISTANCE_H_
#define VIGIE_GEO_DISTANCE_H_

namespace vigie {

inline constexpr double kEarthRadiusKm = 6371.0088;  // mean radius

// Distance in kilometres between two points given in decimal degrees.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace vigie

#endif  // VIGIE_GEO_DISTANCE_H_
