package org.gridgov.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A thin wrapper around the application's pool that reports every statement and round trip to
 * {@link SqlCounter}. Only threads that record pay more than a thread-local lookup.
 */
public final class CountingDataSource extends DelegatingDataSource {

  CountingDataSource(DataSource target) {
    super(target);
  }

  /** Wraps every DataSource bean of a context (register it only where counts are wanted). */
  public static BeanPostProcessor wrapper() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds && !(bean instanceof CountingDataSource) ? new CountingDataSource(ds) : bean;
      }
    };
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(super.getConnection(username, password));
  }

  private static Connection counting(Connection connection) {
    return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private record ConnectionHandler(Connection target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
        SqlCounter.roundTrip();
      }
      Object result = CountingDataSource.invoke(target, method, args);
      if (result instanceof CallableStatement cs) {
        return wrap(CallableStatement.class, cs, (String) args[0]);
      }
      if (result instanceof PreparedStatement ps) {
        return wrap(PreparedStatement.class, ps, (String) args[0]);
      }
      if (result instanceof Statement st) {
        return wrap(Statement.class, st, null);
      }
      return result;
    }

    private static Object wrap(Class<?> type, Statement statement, String sql) {
      return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
          new StatementHandler(statement, sql));
    }
  }

  private record StatementHandler(Statement target, String preparedSql) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
      switch (name) {
        case "addBatch" -> SqlCounter.statement(withSql ? (String) args[0] : preparedSql);
        case "executeBatch", "executeLargeBatch" -> SqlCounter.roundTrip();
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
          SqlCounter.statement(withSql ? (String) args[0] : preparedSql);
          SqlCounter.roundTrip();
        }
        default -> {
        }
      }
      return CountingDataSource.invoke(target, method, args);
    }
  }
}
