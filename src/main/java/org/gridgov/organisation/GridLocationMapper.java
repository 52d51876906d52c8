package org.gridgov.organisation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** What {@link GridLocator} reads: the active grids' boundaries and address keywords. */
@Mapper
interface GridLocationMapper {

  @Select("select " + UnitMapper.COLUMNS + " from gov_unit where unit_type = 'GRID' and active = true"
      + " and boundary is not null order by id")
  List<Unit> findActiveGridsWithBoundary();

  @Select("select a.grid_id, a.keyword from gov_grid_address a join gov_unit u on u.id = a.grid_id"
      + " where u.active = true order by a.grid_id, a.keyword")
  List<GridKeyword> findActiveGridKeywords();

  record GridKeyword(String gridId, String keyword) {
  }
}
