package org.gridgov.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.organisation.GridLocationMapper.GridKeyword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds the grid a report belongs to: first by its coordinates inside a grid's boundary polygon
 * (the smallest grid wins, so a dedicated grid such as a school inside an urban grid takes the case),
 * then by the address keywords of {@code gov_grid_address} (the longest keyword found in the address
 * wins, as it is the most specific), otherwise nothing: the caller routes the case without a grid.
 */
@Service
public class GridLocator {

  private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

  private final GridLocationMapper grids;
  private final OrganisationService organisation;

  GridLocator(GridLocationMapper grids, OrganisationService organisation) {
    this.grids = grids;
    this.organisation = organisation;
  }

  public Optional<Unit> locate(Double lat, Double lng, String addressText) {
    if (lat != null && lng != null) {
      Optional<Unit> byPoint = locateByPoint(lat, lng);
      if (byPoint.isPresent()) {
        return byPoint;
      }
    }
    if (addressText != null && !addressText.isBlank()) {
      return locateByAddress(addressText);
    }
    return Optional.empty();
  }

  private Optional<Unit> locateByPoint(double lat, double lng) {
    record Candidate(Unit grid, double area) {
    }
    List<Candidate> containing = new ArrayList<>();
    for (Unit grid : grids.findActiveGridsWithBoundary()) {
      Optional<Polygon> polygon = Polygon.parse(grid.getBoundary());
      if (polygon.isEmpty()) {
        log.warn("Grid {} has a boundary that is not a polygon ring \"lng lat,lng lat,...\"; ignored", grid.getId());
        continue;
      }
      if (polygon.get().contains(lng, lat)) {
        containing.add(new Candidate(grid, polygon.get().area()));
      }
    }
    return containing.stream()
        .min(Comparator.comparingDouble(Candidate::area).thenComparing(c -> c.grid().getId()))
        .map(Candidate::grid);
  }

  private Optional<Unit> locateByAddress(String addressText) {
    String text = addressText.strip();
    return grids.findActiveGridKeywords().stream()
        .filter(k -> !k.keyword().isBlank() && text.contains(k.keyword()))
        .max(Comparator.comparingInt((GridKeyword k) -> k.keyword().length())
            .thenComparing(GridKeyword::gridId, Comparator.reverseOrder()))
        .flatMap(k -> organisation.unit(k.gridId()));
  }

  /** A simple polygon ring in degrees (x = longitude, y = latitude); grids are small enough for planar maths. */
  record Polygon(double[] xs, double[] ys) {

    static Optional<Polygon> parse(String ring) {
      String[] points = ring.strip().split("\\s*,\\s*");
      if (points.length < 3) {
        return Optional.empty();
      }
      double[] xs = new double[points.length];
      double[] ys = new double[points.length];
      try {
        for (int i = 0; i < points.length; i++) {
          String[] xy = points[i].strip().split("\\s+");
          if (xy.length != 2) {
            return Optional.empty();
          }
          xs[i] = Double.parseDouble(xy[0]);
          ys[i] = Double.parseDouble(xy[1]);
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      return Optional.of(new Polygon(xs, ys));
    }

    /** Even-odd ray casting; works for closed and unclosed rings. */
    boolean contains(double x, double y) {
      boolean inside = false;
      for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
        if ((ys[i] > y) != (ys[j] > y)
            && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
          inside = !inside;
        }
      }
      return inside;
    }

    /** Shoelace area in square degrees; only compared between grids. */
    double area() {
      double sum = 0;
      for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
        sum += (xs[j] + xs[i]) * (ys[j] - ys[i]);
      }
      return Math.abs(sum / 2);
    }
  }
}
