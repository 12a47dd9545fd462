package br.com.jttelecom.console.sim;

import java.util.List;

/** Word lists for the demo data. */
final class BrazilianNames {

    static final List<String> FIRST = List.of("Ana", "Bruno", "Carla", "Daniel", "Eduarda", "Felipe", "Gabriela",
            "Henrique", "Isabela", "João", "Juliana", "Lucas", "Larissa", "Marcos", "Mariana", "Nathália", "Otávio",
            "Paula", "Rafael", "Renata", "Rodrigo", "Sofia", "Thiago", "Vanessa", "Vinícius", "Beatriz", "Gustavo",
            "Letícia", "Pedro", "Camila", "André", "Fernanda", "Ricardo", "Patrícia", "Leandro", "Aline");
    static final List<String> LAST = List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira",
            "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
            "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira",
            "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos", "Teixeira", "Correia");
    static final List<String> BUSINESS = List.of("Padaria", "Construtora", "Distribuidora", "Auto Peças",
            "Farmácia", "Transportadora", "Clínica", "Imobiliária", "Escola", "Restaurante", "Mercado",
            "Contabilidade", "Ótica", "Academia", "Papelaria", "Vidraçaria", "Madeireira", "Pet Shop");
    static final List<String> BUSINESS_NAME = List.of("Aurora", "Boa Vista", "Central", "Estrela", "Horizonte",
            "Ipê", "Jardim", "Litoral", "Norte Sul", "Pioneira", "Primavera", "São Jorge", "Serra Azul",
            "Sol Nascente", "União", "Vale Verde", "Bela Vista", "Atlântica", "Nova Era", "Progresso");
    static final List<String> SUFFIX = List.of("Ltda", "ME", "EIRELI", "S.A.", "Ltda", "Ltda");

    /** DDD → a city it serves (real DDDs). */
    static final List<String[]> DDD_CITIES = List.of(
            new String[] {"11", "São Paulo"}, new String[] {"21", "Rio de Janeiro"},
            new String[] {"31", "Belo Horizonte"}, new String[] {"41", "Curitiba"},
            new String[] {"47", "Joinville"}, new String[] {"48", "Florianópolis"},
            new String[] {"51", "Porto Alegre"}, new String[] {"61", "Brasília"},
            new String[] {"71", "Salvador"}, new String[] {"81", "Recife"}, new String[] {"85", "Fortaleza"});

    private BrazilianNames() {
    }
}
