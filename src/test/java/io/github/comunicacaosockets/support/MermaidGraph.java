package io.github.comunicacaosockets.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Draws the JSON of {@code /actuator/integrationgraph} as a Mermaid flowchart: the
 * components that are linked, labelled with their flow and their type (and their name,
 * for named channels and gateways), solid arrows for messages and a dotted one for
 * errors.
 */
public final class MermaidGraph {

	private MermaidGraph() {
	}

	public static String render(JsonNode graph) {
		Set<Integer> linked = new LinkedHashSet<>();
		List<String> edges = new ArrayList<>();
		for (JsonNode link : graph.get("links")) {
			int from = link.get("from").asInt();
			int to = link.get("to").asInt();
			linked.add(from);
			linked.add(to);
			String arrow = "error".equals(link.get("type").asString()) ? " -. error .-> " : " --> ";
			edges.add("  n" + from + arrow + "n" + to);
		}
		List<String> lines = new ArrayList<>();
		lines.add("flowchart LR");
		for (JsonNode node : graph.get("nodes")) {
			int id = node.get("nodeId").asInt();
			if (linked.contains(id)) {
				lines.add("  n" + id + "[\"" + label(node.get("name").asString(), node.get("componentType").asString())
						+ "\"]");
			}
		}
		lines.addAll(edges);
		return String.join("\n", lines) + "\n";
	}

	private static String label(String name, String type) {
		int dot = name.indexOf('.');
		String flow = (dot > 0) ? name.substring(0, dot) : name;
		boolean anonymous = name.contains("#");
		if (type.endsWith("gateway")) {
			return name.substring(0, name.indexOf('(')) + "<br/>" + type;
		}
		if (!anonymous && type.endsWith("channel")) {
			return name + "<br/>" + type;
		}
		return flow + "<br/>" + type;
	}

}
