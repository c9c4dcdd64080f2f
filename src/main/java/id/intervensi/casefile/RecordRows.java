package id.intervensi.casefile;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Rows as records, matched by column name ({@code case_number} or {@code caseNumber} for {@code
 * caseNumber}), as {@code JdbcClient.query(Record.class)} maps them, but without its cost: Spring's
 * record mappers ask the result set for each camel-case name first and catch the SQLException the
 * driver throws, one exception with its stack trace per field and row (issue 14: about 100 per case
 * in the whole-case benchmark, most of what the app's CPU profile did not show). This one reads the
 * column names from the result set's metadata instead. A column the query does not return leaves
 * its component null (zero for a primitive); values convert as in Spring's mappers. Thread-safe:
 * one instance per record type.
 */
public final class RecordRows<T> implements RowMapper<T> {

  private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

  private final Constructor<T> constructor;
  private final String[] names;
  private final TypeDescriptor[] types;

  private RecordRows(Class<T> type) {
    this.constructor = BeanUtils.getResolvableConstructor(type);
    this.names = BeanUtils.getParameterNames(constructor);
    this.types = new TypeDescriptor[names.length];
    for (int i = 0; i < names.length; i++) {
      types[i] = new TypeDescriptor(MethodParameter.forExecutable(constructor, i));
      names[i] = normalized(names[i]);
    }
  }

  public static <T> RecordRows<T> of(Class<T> type) {
    return new RecordRows<>(type);
  }

  @Override
  public T mapRow(ResultSet rs, int rowNum) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Integer> columns = new HashMap<>();
    for (int column = 1; column <= meta.getColumnCount(); column++) {
      columns.putIfAbsent(normalized(JdbcUtils.lookupColumnName(meta, column)), column);
    }
    Object[] args = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      Integer column = columns.get(names[i]);
      if (column != null) {
        Object value = JdbcUtils.getResultSetValue(rs, column, types[i].getType());
        args[i] = CONVERSION.convert(value, TypeDescriptor.forObject(value), types[i]);
      }
    }
    return BeanUtils.instantiateClass(constructor, args);
  }

  /** case_number, CASE_NUMBER and caseNumber alike. */
  private static String normalized(String name) {
    return name.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
