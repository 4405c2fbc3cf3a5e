package org.atalaya.place.build;

/**
 * What the places of one region (a country or an admin1) tell about it: their summed population,
 * mean position and bounding box. The mean is the fallback position of a region that no source
 * gives coordinates for, and the box checks that a borrowed centroid is inside the region.
 */
final class Extent {
    private long count;
    private long population;
    private double sumLat;
    private double sumLon;
    private double minLat = 90;
    private double maxLat = -90;
    private double minLon = 180;
    private double maxLon = -180;

    void add(double lat, double lon, long pop) {
        count++;
        population += pop;
        sumLat += lat;
        sumLon += lon;
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
    }

    long count() {
        return count;
    }

    long population() {
        return population;
    }

    double meanLat() {
        return sumLat / count;
    }

    double meanLon() {
        return sumLon / count;
    }

    /** True when the point lies in the places' box widened by {@code margin} degrees. */
    boolean covers(double lat, double lon, double margin) {
        return lat >= minLat - margin && lat <= maxLat + margin && lon >= minLon - margin && lon <= maxLon + margin;
    }
}
