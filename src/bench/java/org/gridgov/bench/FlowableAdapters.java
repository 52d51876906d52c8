package org.gridgov.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.variable.api.delegate.VariableScope;
import org.springframework.context.ApplicationContext;

/**
 * GridGov's own Camunda delegate and listener beans, run by Flowable: each bean named in the model
 * is wrapped in a Flowable {@code JavaDelegate}, {@code TaskListener} or {@code ExecutionListener}
 * that hands it Flowable's execution or task dressed as Camunda's {@link DelegateExecution} /
 * {@link DelegateTask} (a {@link Proxy}). Only what GridGov's beans on the case chain call is
 * forwarded; any other method throws, so a bean that starts to need more fails loudly instead of
 * doing less work on Flowable. Values cross over unchanged, except Camunda Spin JSON (a JsonValue
 * or SpinJsonNode), which Flowable keeps as its own JSON type (a Jackson node), and back.
 */
final class FlowableAdapters {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Answer of {@link #variables} for a method that is not one of Camunda's VariableScope methods. */
  private static final Object NOT_VARIABLES = new Object();

  private FlowableAdapters() {
  }

  /** The Flowable beans for a model: its delegate expressions and its translated input mappings. */
  static Map<Object, Object> beans(FlowableModel model, ApplicationContext gridgov) {
    Map<Object, Object> beans = new HashMap<>();
    for (String name : model.delegateBeans) {
      Object bean = gridgov.getBean(name);
      if (bean instanceof JavaDelegate delegate) {
        beans.put(name, (org.flowable.engine.delegate.JavaDelegate) execution -> run(() -> delegate.execute(
            execution(execution))));
      } else if (bean instanceof TaskListener listener) {
        beans.put(name, (org.flowable.engine.delegate.TaskListener) task -> listener.notify(task(task)));
      } else if (bean instanceof ExecutionListener listener) {
        beans.put(name, (org.flowable.engine.delegate.ExecutionListener) execution -> run(() -> listener.notify(
            execution(execution))));
      } else {
        throw new IllegalStateException("bean " + name + " is a " + bean.getClass().getName()
            + ", not a Camunda JavaDelegate, TaskListener or ExecutionListener");
      }
    }
    for (FlowableModel.InputMapping mapping : model.inputMappings) {
      beans.put(mapping.beanName(), (org.flowable.engine.delegate.ExecutionListener) execution -> {
        // Flowable also notifies the multi-instance root; Camunda maps inputs per instance only
        if (execution.isMultiInstanceRoot()) {
          return;
        }
        var expressions = CommandContextUtil.getProcessEngineConfiguration().getExpressionManager();
        mapping.parameters().forEach((name, expression) -> execution.setVariableLocal(name,
            expression == null ? null : expressions.createExpression(expression).getValue(execution)));
      });
    }
    return beans;
  }

  private interface CamundaCall {
    void run() throws Exception;
  }

  /** GridGov's beans declare {@code throws Exception}; Flowable's interfaces do not. */
  private static void run(CamundaCall call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static DelegateExecution execution(org.flowable.engine.delegate.DelegateExecution execution) {
    return (DelegateExecution) Proxy.newProxyInstance(FlowableAdapters.class.getClassLoader(),
        new Class<?>[] {DelegateExecution.class}, new ExecutionHandler(execution));
  }

  private static DelegateTask task(org.flowable.task.service.delegate.DelegateTask task) {
    return (DelegateTask) Proxy.newProxyInstance(FlowableAdapters.class.getClassLoader(),
        new Class<?>[] {DelegateTask.class}, new TaskHandler(task));
  }

  /** Camunda's VariableScope methods on a Flowable variable scope. */
  private static Object variables(VariableScope scope, Method method, Object[] args) {
    switch (method.getName()) {
      case "getVariable":
        return toCamunda(scope.getVariable((String) args[0]));
      case "getVariableLocal":
        return toCamunda(scope.getVariableLocal((String) args[0]));
      case "getVariableTyped":
        return typed(scope.getVariable((String) args[0]));
      case "getVariableLocalTyped":
        return typed(scope.getVariableLocal((String) args[0]));
      case "getVariables":
        return camundaMap(scope.getVariables());
      case "getVariablesLocal":
        return camundaMap(scope.getVariablesLocal());
      case "hasVariable":
        return scope.hasVariable((String) args[0]);
      case "hasVariableLocal":
        return scope.hasVariableLocal((String) args[0]);
      case "getVariableNames":
        return scope.getVariableNames();
      case "getVariableNamesLocal":
        return scope.getVariableNamesLocal();
      case "setVariable":
        if (args.length != 2) {
          break;
        }
        scope.setVariable((String) args[0], toFlowable(args[1]));
        return null;
      case "setVariableLocal":
        scope.setVariableLocal((String) args[0], toFlowable(args[1]));
        return null;
      case "setVariables":
        ((Map<?, ?>) args[0]).forEach((k, v) -> scope.setVariable((String) k, toFlowable(v)));
        return null;
      case "setVariablesLocal":
        ((Map<?, ?>) args[0]).forEach((k, v) -> scope.setVariableLocal((String) k, toFlowable(v)));
        return null;
      case "removeVariable":
        scope.removeVariable((String) args[0]);
        return null;
      case "removeVariableLocal":
        scope.removeVariableLocal((String) args[0]);
        return null;
      case "removeVariables":
        if (args != null && args.length == 1) {
          @SuppressWarnings("unchecked")
          Collection<String> names = (Collection<String>) args[0];
          scope.removeVariables(names);
          return null;
        }
        break;
      default:
        break;
    }
    return NOT_VARIABLES;
  }

  private static Object toFlowable(Object value) {
    Object raw = value instanceof TypedValue typed && !(value instanceof org.camunda.spin.plugin.variable.value.JsonValue)
        ? typed.getValue() : value;
    SpinJsonNode spin = raw instanceof org.camunda.spin.plugin.variable.value.JsonValue json ? json.getValue()
        : raw instanceof SpinJsonNode node ? node : null;
    if (spin == null) {
      return raw;
    }
    try {
      return JSON.readTree(spin.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + spin, e);
    }
  }

  private static Object toCamunda(Object value) {
    return value instanceof JsonNode node ? Spin.JSON(node.toString()) : value;
  }

  private static TypedValue typed(Object value) {
    return value instanceof JsonNode node ? SpinValues.jsonValue(Spin.JSON(node.toString())).create()
        : Variables.untypedValue(value);
  }

  private static Map<String, Object> camundaMap(Map<String, Object> flowable) {
    Map<String, Object> map = new LinkedHashMap<>();
    flowable.forEach((k, v) -> map.put(k, toCamunda(v)));
    return Variables.fromMap(map);
  }

  private static Object objectMethod(Object proxy, Object target, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "Camunda view of " + target;
    };
  }

  private static UnsupportedOperationException unsupported(String type, Method method) {
    return new UnsupportedOperationException("the Flowable peer does not forward " + type + "." + method.getName()
        + ": extend FlowableAdapters if a GridGov bean on the chain now needs it");
  }

  /** Flowable's execution as Camunda's {@link DelegateExecution}. */
  private record ExecutionHandler(org.flowable.engine.delegate.DelegateExecution target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, target, method, args);
      }
      Object result = variables(target, method, args);
      if (result != NOT_VARIABLES) {
        return result;
      }
      return switch (method.getName()) {
        case "getId" -> target.getId();
        case "getProcessInstanceId" -> target.getProcessInstanceId();
        case "getProcessDefinitionId" -> target.getProcessDefinitionId();
        case "getBusinessKey", "getProcessBusinessKey" -> target.getProcessInstanceBusinessKey();
        case "setProcessBusinessKey" -> {
          ExecutionEntity instance = ((ExecutionEntity) target).getProcessInstance();
          CommandContextUtil.getExecutionEntityManager().updateProcessInstanceBusinessKey(instance, (String) args[0]);
          yield null;
        }
        case "getProcessInstance" -> execution(((ExecutionEntity) target).getProcessInstance());
        case "getCurrentActivityId" -> target.getCurrentActivityId();
        case "getCurrentActivityName" -> target.getCurrentActivityName();
        case "getEventName" -> target.getEventName();
        case "getParentId" -> target.getParentId();
        case "getTenantId" -> target.getTenantId();
        default -> throw unsupported("DelegateExecution", method);
      };
    }
  }

  /** Flowable's task as Camunda's {@link DelegateTask}. */
  private record TaskHandler(org.flowable.task.service.delegate.DelegateTask target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, target, method, args);
      }
      Object result = variables(target, method, args);
      if (result != NOT_VARIABLES) {
        return result;
      }
      return switch (method.getName()) {
        case "getId" -> target.getId();
        case "getName" -> target.getName();
        case "getDescription" -> target.getDescription();
        case "setDescription" -> {
          target.setDescription((String) args[0]);
          yield null;
        }
        case "getTaskDefinitionKey" -> target.getTaskDefinitionKey();
        case "getAssignee" -> target.getAssignee();
        case "getOwner" -> target.getOwner();
        case "getDueDate" -> target.getDueDate();
        case "setDueDate" -> {
          target.setDueDate((java.util.Date) args[0]);
          yield null;
        }
        case "getCreateTime" -> target.getCreateTime();
        case "getPriority" -> target.getPriority();
        case "getEventName" -> target.getEventName();
        case "getProcessInstanceId" -> target.getProcessInstanceId();
        case "getProcessDefinitionId" -> target.getProcessDefinitionId();
        case "getExecutionId" -> target.getExecutionId();
        case "getTenantId" -> target.getTenantId();
        case "getExecution" -> execution(CommandContextUtil.getExecutionEntityManager().findById(target.getExecutionId()));
        case "getCandidates" -> candidates(target.getCandidates());
        default -> throw unsupported("DelegateTask", method);
      };
    }

    private static Set<IdentityLink> candidates(Set<org.flowable.identitylink.api.IdentityLink> links) {
      return links.stream().map(link -> (IdentityLink) Proxy.newProxyInstance(FlowableAdapters.class.getClassLoader(),
          new Class<?>[] {IdentityLink.class}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
              return objectMethod(proxy, link, method, args);
            }
            return switch (method.getName()) {
              case "getGroupId" -> link.getGroupId();
              case "getUserId" -> link.getUserId();
              case "getType" -> link.getType();
              case "getTaskId" -> link.getTaskId();
              default -> throw unsupported("IdentityLink", method);
            };
          })).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
  }
}
